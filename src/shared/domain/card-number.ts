/*
 * Member card numbers: 12 digits, the last a Luhn check digit, so a mistyped or misread card
 * number (any one wrong digit, most swapped neighbours) is refused rather than finding no one,
 * or the wrong one. Tablets make numbers offline from 11 random digits: the caller checks the
 * roster for the rare clash and draws again.
 */

const CARD_NUMBER = /^\d{12}$/;

/** The Luhn check digit to append to a string of digits. */
export function luhnDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Doubling starts from the digit that will stand next to the check digit.
    const n = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 0 ? n * 2 : n;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return String((10 - (sum % 10)) % 10);
}

/** 12 digits whose last one is the Luhn digit of the first eleven. */
export function isCardNumber(s: string): boolean {
  return CARD_NUMBER.test(s) && luhnDigit(s.slice(0, 11)) === s.slice(11);
}

/**
 * A new card number from `random` (uniform in [0, 1), like Math.random). The first digit is
 * never 0, so the number survives a spreadsheet that reads it as an integer.
 */
export function newCardNumber(random: () => number): string {
  let digits = String(1 + digitFrom(random, 9));
  while (digits.length < 11) digits += String(digitFrom(random, 10));
  return digits + luhnDigit(digits);
}

function digitFrom(random: () => number, choices: number): number {
  return Math.min(choices - 1, Math.floor(random() * choices));
}
