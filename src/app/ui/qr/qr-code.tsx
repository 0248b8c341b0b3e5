import { useEffect, useState } from 'react';

/**
 * A QR code for `text`, drawn as SVG so it prints sharp on a member card. The encoder is
 * loaded on first use: it has no place in the first screen.
 */
export function QrCode({ text, label, size = 200 }: { text: string; label: string; size?: number }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then((qr) =>
      qr.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((s) => {
        if (live) setSvg(s);
      }),
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (svg === null) return <div style={{ width: size, height: size }} aria-busy="true" aria-label={label} />;
  return (
    <img src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`} width={size} height={size} alt={label} />
  );
}
