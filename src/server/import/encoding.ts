import type { ImportEncoding, ImportSeparator } from '../../shared/schemas/import.schema';

/**
 * The text encoding of a CSV file from its first bytes: a byte order mark says it outright; UTF-16
 * without one shows as a NUL beside every ASCII character (digits of phones, commas); otherwise
 * valid UTF-8 is UTF-8, and anything else is GB18030, which Excel in China writes ("CSV" saved on
 * a Chinese Windows) and which reads GBK and GB2312 files too.
 */
export function detectEncoding(head: Uint8Array): ImportEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const sample = head.subarray(0, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (pairs > 0 && oddNul > pairs / 4 && evenNul < oddNul / 8) return 'utf-16le';
  if (pairs > 0 && evenNul > pairs / 4 && oddNul < evenNul / 8) return 'utf-16be';
  return isUtf8(sample, sample.length < head.length) ? 'utf-8' : 'gb18030';
}

/** Whether bytes are well-formed UTF-8; a character cut off by the end of a sample is allowed. */
function isUtf8(bytes: Uint8Array, truncated: boolean): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const extra =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (extra < 0) return false;
    if (i + extra >= bytes.length) return truncated || extra === 0;
    for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return false;
    i += extra + 1;
  }
  return true;
}

/** The name iconv-lite knows an encoding by; it drops a byte order mark itself. */
export const ICONV_NAME: Record<ImportEncoding, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  gb18030: 'gb18030',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

const SEPARATORS: readonly ImportSeparator[] = [',', '\t', ';'];

/**
 * The separator of a CSV file from its first lines: the candidate found the same number of times
 * (and at least once) on the most lines, quoted text left out; a comma when nothing says otherwise.
 * A title line above the header ("会员资料") has none and does not vote.
 */
export function detectSeparator(text: string): ImportSeparator {
  const lines = text
    .split(/\r?\n/)
    .slice(0, 20)
    .map((l) => l.replace(/"[^"]*"/g, ''))
    .filter((l) => l.trim() !== '');
  let best: ImportSeparator = ',';
  let bestScore = 0;
  for (const sep of SEPARATORS) {
    const counts = lines.map((l) => l.split(sep).length - 1).filter((n) => n > 0);
    const tally = new Map<number, number>();
    for (const n of counts) tally.set(n, (tally.get(n) ?? 0) + 1);
    const score = Math.max(0, ...tally.values());
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}
