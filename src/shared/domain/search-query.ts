import { parseMemberQr } from './member-qr';

/**
 * What an associate typed into the member search, read as the one kind of key it can be:
 * the last four digits of a phone, a whole phone, a card number, some digits of either,
 * pinyin (full, initials, or a mix such as `zhangxm`), or part of a name.
 */
export type SearchQuery =
  | { kind: 'empty' }
  | { kind: 'phone-tail'; digits: string }
  | { kind: 'phone'; phone: string }
  | { kind: 'card'; cardNo: string }
  /** Digits that are none of the above: part of a phone, or the start of a card number. */
  | { kind: 'digits'; digits: string }
  /** Lower-case latin letters, ü written as v. */
  | { kind: 'pinyin'; letters: string }
  /** Anything else (Chinese characters, mixed text), folded with `foldForSearch`. */
  | { kind: 'name'; text: string };

const ALREADY_FOLDED = /^[\u4e00-\u9fffa-z0-9]*$/;
// Separators people type inside numbers and names: spaces, dashes, apostrophes (xi'an), dots,
// the middle dot of transliterated names, brackets.
const SEPARATORS = /[\s\-‐‑‒–—―_'’.·・()（）]/gu;

/**
 * Fold text for matching: full-width forms to ASCII (a Chinese input method types full-width
 * digits and letters), lower case, no separators. Names are folded the same way when indexed.
 */
export function foldForSearch(text: string): string {
  // Most names are plain Chinese characters, already folded: skip the work for 100,000 of them.
  if (ALREADY_FOLDED.test(text)) return text;
  return text.normalize('NFKC').toLowerCase().replace(SEPARATORS, '');
}

export function readSearchQuery(input: string): SearchQuery {
  // A scanned member code, or a hand scanner typing the card number.
  const scanned = parseMemberQr(input);
  if (scanned) return { kind: 'card', cardNo: scanned };
  const folded = foldForSearch(input);
  if (folded === '') return { kind: 'empty' };
  if (/^\+?\d*$/.test(folded)) return readDigits(folded);
  const letters = folded.replace(/ü/g, 'v');
  if (/^[a-z]+$/.test(letters)) return { kind: 'pinyin', letters };
  return { kind: 'name', text: folded };
}

function readDigits(text: string): SearchQuery {
  let digits = text.replace('+', '');
  // A country code: always after a plus; without one only when a whole mainland number follows,
  // so a card number that happens to start with 86 or 0086 is left alone.
  if (text.startsWith('+86')) digits = digits.slice(2);
  else if (digits.length === 15 && digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  if (digits === '') return { kind: 'empty' };
  if (digits.length === 4) return { kind: 'phone-tail', digits };
  if (digits.length === 11 && digits.startsWith('1')) return { kind: 'phone', phone: digits };
  if (digits.length === 12) return { kind: 'card', cardNo: digits };
  return { kind: 'digits', digits };
}
