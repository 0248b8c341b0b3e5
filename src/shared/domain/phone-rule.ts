/**
 * One phone number, one live member of a store (docs/domain.md). Giving a member `phone` clashes
 * with a live member other than herself who holds it already; keeping her own number never
 * clashes. `holders` are the live members holding `phone`; the first other than her is named (on the
 * server, the earliest card).
 *
 * The tablet refuses a clash it can see (`phone-taken`). The server refuses it on an edit, but on a
 * sign-up it merges the two cards instead: two tablets offline cannot have seen each other's
 * sign-up of the same customer, and neither is wrong.
 */
export function phoneClash<H extends { id: string }>(
  change: { memberId: string; phone: string; before?: string },
  holders: readonly H[],
): H | null {
  if (change.phone === change.before) return null;
  return holders.find((h) => h.id !== change.memberId) ?? null;
}
