const WIDE = /[\uff01-\uff5e\u3000\u00a0]/;

/**
 * A cell as staff meant it: full-width digits, Latin letters and the signs of phones, emails and
 * dates (＋－．＠／＿) typed with a Chinese input method become half-width; the ideographic and
 * no-break spaces become plain spaces; the ends are trimmed. Chinese punctuation in text (，。（）)
 * is left alone: it is what the notes say.
 */
export function normaliseCell(raw: string): string {
  // Most cells need nothing but the trim: a 100,000-row file has a million of them.
  if (!WIDE.test(raw)) return raw.trim();
  return raw
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0b\uff0d\uff0e\uff20\uff0f\uff3f]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/[\u3000\u00a0]/g, ' ')
    .trim();
}

/** A row is blank when every cell is. */
export const isBlankRow = (cells: readonly string[]): boolean => cells.every((c) => c === '');
