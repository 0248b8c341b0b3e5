import { memo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { maskPhone } from '../../../shared/domain/phone';
import type { StoreClock } from '../../../shared/domain/calendar-day';
import type { TierId } from '../../../shared/domain/programme/rules';
import type { IndexedMember } from '../../search/member-index';
import { visitAge } from './last-visit';
import { MemberAvatar } from './member-avatar';

/** 12 digits in groups of four, as printed on the card. */
const formatCardNo = (cardNo: string) => cardNo.replace(/(\d{4})(?=\d)/g, '$1 ');

/**
 * One member found: a large card that opens her profile. Memoised: as the associate types on,
 * most cards stay the same and are not rendered again.
 */
export const MemberResultCard = memo(function MemberResultCard({
  member,
  mine,
  birthdayInDays,
  tier,
  clock,
  fullPhone,
  ownerName,
}: {
  member: IndexedMember;
  /** She is the signed-in associate's own member. */
  mine: boolean;
  /** Days until her birthday when it is near (0: today), else null. */
  birthdayInDays: number | null;
  /** Her tier once read, 普卡 included: every member shows where she stands. */
  tier: TierId | null;
  clock: StoreClock;
  /** Managers and owners see numbers in full; associates see them masked. */
  fullPhone: boolean;
  /** The associate who looks after her, by name, once the staff list is on the tablet. */
  ownerName: string | null;
}) {
  const { t } = useTranslation();
  const age = visitAge(member.lastVisitAt, clock);
  const visit = t(`recognise.visit.${age.key}`, 'count' in age ? { count: age.count } : {});
  return (
    <Link className="member-card" to={`/members/${member.id}`}>
      <MemberAvatar id={member.id} name={member.name} />
      <span className="member-card-body">
        <span className="member-card-title">
          <span className="member-card-name">{member.name}</span>
          {tier !== null && (
            <span className="member-card-badge member-card-tier" data-tier={tier}>
              {t(`member.tiers.${tier}`)}
            </span>
          )}
          {birthdayInDays !== null && (
            <span className="member-card-badge member-card-birthday">
              {birthdayInDays === 0
                ? t('recognise.birthdayToday')
                : t('recognise.birthdayIn', { count: birthdayInDays })}
            </span>
          )}
          {mine && <span className="member-card-badge">{t('recognise.mine')}</span>}
        </span>
        <span className="member-card-line">
          <span>{fullPhone ? member.phone : maskPhone(member.phone)}</span>
          <span>{t('recognise.cardNo', { cardNo: formatCardNo(member.cardNo) })}</span>
        </span>
        <span className="member-card-line member-card-visit">
          <span>{visit}</span>
          {ownerName !== null && !mine && <span>{t('member.owner', { name: ownerName })}</span>}
        </span>
      </span>
      <span className="member-card-chevron" aria-hidden="true">
        ›
      </span>
    </Link>
  );
});
