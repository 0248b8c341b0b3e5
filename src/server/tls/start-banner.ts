import QRCode from 'qrcode';
import type { ServerAddress } from './server-addresses';

/**
 * What the operator reads at start, before any JSON log line: one line per address a tablet can
 * use, the store CA's fingerprint to compare on the tablet, and a QR code of the first address
 * (the trust page when there is one: a new tablet starts there).
 */
export async function startBanner(
  heading: string,
  addresses: readonly ServerAddress[],
  fingerprint: string | null,
): Promise<string> {
  const lines = [heading, 'Tablets on the store network open:'];
  for (const a of addresses)
    lines.push(a.trust ? `  ${a.app}   (store certificate first: ${a.trust})` : `  ${a.app}`);
  if (fingerprint !== null) lines.push(`Store certificate SHA-256 ${fingerprint}`);
  const first = addresses[0];
  if (first) {
    lines.push(await QRCode.toString(first.trust ?? first.app, { type: 'terminal', small: true }));
    lines.push(
      first.trust ? `Scan it on a new tablet: trust the store certificate, then open Floorbook.` : '',
    );
  }
  return lines.join('\n').trimEnd();
}
