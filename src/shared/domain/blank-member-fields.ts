import type { MemberFields } from '../schemas/member.schema';

/** What a member is known by from the first day; everything else may be filled in later. */
type FirstDayFields = 'cardNo' | 'name' | 'phone' | 'consent';

/**
 * A member's profile before anyone has filled it in: sign-up, import and test data start from
 * it and set what they know. New arrays each call, so no two members share one.
 */
export function blankMemberFields(): Omit<MemberFields, FirstDayFields> {
  return {
    gender: 'unspecified',
    birthday: null,
    email: null,
    address: null,
    sizes: {},
    job: null,
    family: null,
    personality: null,
    styles: [],
    hobbies: [],
    preferredService: null,
    promotionReceptiveness: null,
    preferences: [],
    dislikes: [],
    softNotes: null,
    ownerStaffId: null,
  };
}
