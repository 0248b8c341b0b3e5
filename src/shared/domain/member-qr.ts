import { isCardNumber } from './card-number';

/*
 * The QR code on a member's card and screen. The prefix tells a member card from any other
 * code the scanner sees (a product tag, a payment code), which must not open a profile.
 */
const PREFIX = 'FLOORBOOK:M:';

export function memberQrPayload(cardNo: string): string {
  if (!isCardNumber(cardNo)) throw new RangeError('not a member card number');
  return PREFIX + cardNo;
}

/**
 * The card number in a scanned code: our payload (any letter case, surrounding whitespace
 * ignored) or a bare card number, as a hand scanner types it. Null for anything else,
 * including a card number whose check digit is wrong.
 */
export function parseMemberQr(text: string): string | null {
  const trimmed = text.trim();
  const cardNo = trimmed.toUpperCase().startsWith(PREFIX) ? trimmed.slice(PREFIX.length) : trimmed;
  return isCardNumber(cardNo) ? cardNo : null;
}
