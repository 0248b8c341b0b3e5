import { X509Certificate, createHash } from 'node:crypto';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// A stable UUID from the certificate, so installing the profile again replaces it instead of adding one.
function uuidOf(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}

/**
 * An iPad configuration profile holding the store CA as a root certificate payload
 * (com.apple.security.root). Unsigned: iPadOS shows it as "Not Verified" and installs it all
 * the same; full trust is then switched on under About → Certificate Trust Settings.
 */
export function caProfile(caCertPem: string, storeLabel: string): string {
  const cert = new X509Certificate(caCertPem);
  const der = cert.raw.toString('base64');
  const name = xml(`Floorbook ${storeLabel}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
    <dict>
      <key>PayloadCertificateFileName</key><string>floorbook-store-ca.crt</string>
      <key>PayloadContent</key><data>${der}</data>
      <key>PayloadDisplayName</key><string>${name}</string>
      <key>PayloadIdentifier</key><string>app.floorbook.store-ca.${cert.fingerprint256.replace(/:/g, '').slice(0, 16)}</string>
      <key>PayloadType</key><string>com.apple.security.root</string>
      <key>PayloadUUID</key><string>${uuidOf(`payload:${cert.fingerprint256}`)}</string>
      <key>PayloadVersion</key><integer>1</integer>
    </dict>
  </array>
  <key>PayloadDisplayName</key><string>${name}</string>
  <key>PayloadDescription</key><string>Lets this iPad open Floorbook over HTTPS on the store network.</string>
  <key>PayloadIdentifier</key><string>app.floorbook.profile.${cert.fingerprint256.replace(/:/g, '').slice(0, 16)}</string>
  <key>PayloadRemovalDisallowed</key><false/>
  <key>PayloadType</key><string>Configuration</string>
  <key>PayloadUUID</key><string>${uuidOf(`profile:${cert.fingerprint256}`)}</string>
  <key>PayloadVersion</key><integer>1</integer>
</dict>
</plist>
`;
}
