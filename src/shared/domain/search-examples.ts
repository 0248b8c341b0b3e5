/**
 * The examples the search hint shows, one for each way to find a member. The demo store signs up
 * a member who matches every one of them, so trying an example there finds her.
 */
export const SEARCH_EXAMPLES = {
  name: '张晓梅',
  initials: 'zxm',
  /** The last four digits of her phone. */
  phoneTail: '8000',
  phone: '13916008000',
  /** A valid card number (its last digit is the Luhn check digit). */
  cardNo: '100000000016',
} as const;
