import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import type { ServerNames } from './server-names';

const { pki } = forge;
const DAY_MS = 86_400_000;

/** A key made by node:crypto (native, fast) in PEM: PKCS#8 for the key, SPKI for the public half. */
export interface KeyPair {
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
}

// RSA, not EC: node-forge signs with RSA keys only, and every tablet browser accepts RSA 2048.
export function newKeyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { privateKeyPem: privateKey, publicKeyPem: publicKey };
}

// A positive 128-bit serial: browsers refuse two certificates from one CA with the same serial.
function serial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}

function base(publicKeyPem: string, notBefore: Date, days: number): forge.pki.Certificate {
  const cert = pki.createCertificate();
  cert.publicKey = pki.publicKeyFromPem(publicKeyPem);
  cert.serialNumber = serial();
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = new Date(notBefore.getTime() + days * DAY_MS);
  return cert;
}

/** A self-signed certificate authority that may only sign certificates (CA:true, keyCertSign). */
export function buildCaCertificate(keys: KeyPair, commonName: string, now: Date, days: number): string {
  const cert = base(keys.publicKeyPem, now, days);
  const subject = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: 'Floorbook' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(pki.privateKeyFromPem(keys.privateKeyPem), forge.md.sha256.create());
  return pki.certificateToPem(cert);
}

/**
 * A server certificate for `names`, signed by the CA, as browsers demand of one: the names in
 * subjectAltName (DNS and IP; the common name counts for nothing), serverAuth, at most 397 days.
 */
export function buildServerCertificate(
  keys: KeyPair,
  ca: { certPem: string; privateKeyPem: string },
  names: ServerNames,
  notBefore: Date,
  days: number,
): string {
  const caCert = pki.certificateFromPem(ca.certPem);
  const cert = base(keys.publicKeyPem, notBefore, days);
  cert.setSubject([{ name: 'commonName', value: names.dns[0] ?? names.ips[0] ?? 'localhost' }]);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        ...names.dns.map((value) => ({ type: 2, value })),
        ...names.ips.map((ip) => ({ type: 7, ip })),
      ],
    },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(pki.privateKeyFromPem(ca.privateKeyPem), forge.md.sha256.create());
  return pki.certificateToPem(cert);
}
