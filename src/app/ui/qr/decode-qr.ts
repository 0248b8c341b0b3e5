/** Read a QR code from pixels; jsQR is loaded on first use. */
export async function decodeQr(image: ImageData): Promise<string | null> {
  const { default: jsQR } = await import('jsqr');
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

/** Draw a picture (a photo or a video frame) to pixels, scaled down so decoding stays fast. */
export function pixelsOf(
  source: CanvasImageSource,
  width: number,
  height: number,
  maxSide = 960,
): ImageData | null {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/** Decode a photo the user took or chose (the path that works on every tablet, iPad included). */
export async function decodeQrFile(file: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    const pixels = pixelsOf(bitmap, bitmap.width, bitmap.height);
    return pixels ? await decodeQr(pixels) : null;
  } finally {
    bitmap.close();
  }
}
