import { describe, expect, test } from 'vitest';
import QRCode from 'qrcode';
import { decodeQr } from './decode-qr';

/** Pixels of a QR code as a camera would see it: black modules on white, with a quiet zone. */
function qrPixels(text: string, scale = 6, margin = 4): ImageData {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const side = (n + margin * 2) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / scale) - margin;
      const my = Math.floor(y / scale) - margin;
      const dark = mx >= 0 && my >= 0 && mx < n && my < n && qr.modules.get(my, mx) === 1;
      if (dark) data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return { data, width: side, height: side, colorSpace: 'srgb' };
}

describe('decodeQr', () => {
  test('reads back the text a member-card QR was made from', async () => {
    expect(await decodeQr(qrPixels('FLOORBOOK:M:100000000017'))).toBe('FLOORBOOK:M:100000000017');
  });

  test('answers null for a picture without a code', async () => {
    const blank = {
      data: new Uint8ClampedArray(100 * 100 * 4).fill(255),
      width: 100,
      height: 100,
    } as ImageData;
    expect(await decodeQr(blank)).toBeNull();
  });
});
