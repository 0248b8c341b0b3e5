import { useTranslation } from 'react-i18next';
import type { StoreClock } from '../../../shared/domain/calendar-day';
import type { StaffId } from '../../../shared/schemas/ids.schema';
import type { SearchResult } from '../../search/member-index';
import { MemberResultCard } from './member-result-card';
import { useBirthdaySoon } from './use-birthday-soon';
import { useResultTiers } from './use-result-tiers';
import { useStaffRoster } from '../lock/queries';

/** The members found, best first, two to a row on a landscape tablet. */
export function ResultList({
  result,
  me,
  fullPhones,
  clock,
}: {
  result: SearchResult;
  me: StaffId | null;
  /** Whether the signed-in staff member sees phone numbers unmasked (managers, owners). */
  fullPhones: boolean;
  clock: StoreClock;
}) {
  const { t } = useTranslation();
  const birthdaySoon = useBirthdaySoon(clock);
  const roster = useStaffRoster();
  const staffName = (id: StaffId | null) => roster?.staff.find((s) => s.id === id)?.name ?? null;
  const tiers = useResultTiers(
    result.members.map((m) => m.id),
    clock.now,
  );
  return (
    <>
      <p className="search-count" role="status">
        {result.more
          ? t('recognise.manyResults', { count: result.members.length })
          : t('recognise.results', { count: result.members.length })}
      </p>
      <ul className="member-results" aria-label={t('recognise.resultsLabel')}>
        {result.members.map((member) => (
          <li key={member.id}>
            <MemberResultCard
              member={member}
              mine={me !== null && member.ownerStaffId === me}
              ownerName={staffName(member.ownerStaffId)}
              birthdayInDays={birthdaySoon?.(member.birthday) ?? null}
              tier={tiers?.get(member.id) ?? null}
              clock={clock}
              fullPhone={fullPhones}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
