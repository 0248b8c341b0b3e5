import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SizeCategory } from '../../../shared/schemas/member.schema';
import { formatLunar } from '../../../shared/domain/birthday';
import type { MemberRow } from '../../db/floorbook-db';
import { MemberPhone } from './member-phone';
import { EditableSection } from './member-edit-form';

/** Her hard and soft profile, each section edited in place. */
export function MemberDetails({ row }: { row: MemberRow }) {
  const { t, i18n } = useTranslation();
  const f = row.fields;
  const none = t('member.notSet');
  const pick = (group: string, v: string | null) => (v === null ? none : t(`member.${group}.${v}`));
  const birthday = f.birthday
    ? f.birthday.calendar === 'lunar'
      ? formatLunar(f.birthday, i18n.language === 'en' ? 'en' : 'zh-CN')
      : t('member.birthday.solar', { month: f.birthday.month, day: f.birthday.day })
    : none;
  const sizes = SizeCategory.options
    .filter((c) => f.sizes[c])
    .map((c) => `${t(`member.sizeCategories.${c}`)} ${f.sizes[c] ?? ''}`)
    .join('，');
  return (
    <>
      <EditableSection section="hard" row={row} title={t('member.hard')}>
        <Item label={t('member.fields.preferredName')}>{f.preferredName ?? none}</Item>
        <Item label={t('member.fields.gender')}>{t(`member.genders.${f.gender}`)}</Item>
        <Item label={t('member.fields.phone')}>
          {/* Keyed by member: a reveal lasts for this profile view only. */}
          <MemberPhone key={row.id} memberId={row.id} phone={f.phone} />
        </Item>
        <Item label={t('member.fields.birthday')}>{birthday}</Item>
        <Item label={t('member.fields.email')}>{f.email ?? none}</Item>
        <Item label={t('member.fields.address')}>{f.address ?? none}</Item>
        <Item label={t('member.fields.sizes')}>{sizes || none}</Item>
      </EditableSection>
      <EditableSection section="soft" row={row} title={t('member.soft')}>
        <Item label={t('member.fields.job')}>{f.job ?? none}</Item>
        <Item label={t('member.fields.family')}>{pick('families', f.family)}</Item>
        <Item label={t('member.fields.personality')}>{pick('personalities', f.personality)}</Item>
        <Item label={t('member.fields.styles')}>
          {f.styles.map((s) => t(`member.styles.${s}`)).join('、') || none}
        </Item>
        <Item label={t('member.fields.hobbies')}>{f.hobbies.join('、') || none}</Item>
        <Item label={t('member.fields.preferredService')}>{pick('services', f.preferredService)}</Item>
        <Item label={t('member.fields.promotionReceptiveness')}>
          {pick('receptiveness', f.promotionReceptiveness)}
        </Item>
        <Item label={t('member.fields.preferences')}>{f.preferences.join('、') || none}</Item>
        <Item label={t('member.fields.dislikes')}>{f.dislikes.join('、') || none}</Item>
        <Item label={t('member.fields.softNotes')}>{f.softNotes ?? none}</Item>
      </EditableSection>
    </>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
