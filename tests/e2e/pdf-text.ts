import zlib from 'node:zlib';

/*
 * The text of a PDF as Chromium prints it, for checking what a printed page says: no PDF tools
 * are on the machine. Chromium (Skia) writes plain objects, Flate streams, and text as hex glyph
 * codes per font, each font with a ToUnicode map; that is all this reads. Text runs are joined
 * in the order they are drawn, with no spaces between them.
 */
export function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  for (const m of raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = m[2] ?? '';
    const at = body.indexOf('stream');
    const dict = at < 0 ? body : body.slice(0, at);
    let stream: string | null = null;
    if (at >= 0) {
      const start = body[at + 6] === '\r' ? at + 8 : at + 7;
      const data = Buffer.from(body.slice(start, body.lastIndexOf('endstream')), 'latin1');
      stream = dict.includes('/FlateDecode') ? inflate(data) : data.toString('latin1');
    }
    objects.set(m[1] ?? '', { dict, stream });
  }
  // Font resource name (/F3) to its ToUnicode map, through the font object.
  const maps = new Map<string, Map<string, string>>();
  for (const { dict } of objects.values())
    for (const entry of dict.matchAll(/\/Font\s*<<([^>]*)>>/g))
      for (const [, name, ref] of (entry[1] ?? '').matchAll(/\/([\w.]+)\s+(\d+) 0 R/g)) {
        const font = objects.get(ref ?? '')?.dict ?? '';
        const cmapRef = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
        const cmap = cmapRef ? objects.get(cmapRef)?.stream : null;
        if (name && cmap) maps.set(name, toUnicodeMap(cmap));
      }
  let text = '';
  for (const { stream } of objects.values()) {
    if (!stream || !/\bTf\b/.test(stream)) continue;
    let map: Map<string, string> | undefined;
    for (const [, font, hex] of stream.matchAll(/\/([\w.]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>/g)) {
      if (font) map = maps.get(font);
      else if (hex !== undefined && map) text += decode(hex.replace(/\s/g, ''), map);
    }
  }
  return text;
}

function inflate(data: Buffer): string {
  try {
    return zlib.inflateSync(data).toString('latin1');
  } catch {
    return '';
  }
}

/** Glyph code (hex, upper case) to the text it stands for. */
function toUnicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, src, dst] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set((src ?? '').toUpperCase(), utf16(dst ?? ''));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, dst] of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const width = (lo ?? '').length;
      const first = parseInt(dst ?? '0', 16);
      for (let code = parseInt(lo ?? '0', 16); code <= parseInt(hi ?? '0', 16); code++)
        map.set(
          code.toString(16).toUpperCase().padStart(width, '0'),
          String.fromCodePoint(first + code - parseInt(lo ?? '0', 16)),
        );
    }
  return map;
}

function utf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i < hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

function decode(hex: string, map: Map<string, string>): string {
  const width = map.keys().next().value?.length ?? 4;
  let out = '';
  for (let i = 0; i < hex.length; i += width) out += map.get(hex.slice(i, i + width).toUpperCase()) ?? '';
  return out;
}
