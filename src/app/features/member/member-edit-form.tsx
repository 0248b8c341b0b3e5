import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { seesFullPhone } from '../../../shared/domain/phone-privacy';
import type { MemberRow } from '../../db/floorbook-db';
import { useCurrentStaff } from '../../state/current-staff';
import { HardSectionForm, SoftSectionForm } from './profile-section-forms';

export type Section = 'hard' | 'soft';

/** One section of her profile, shown, or edited in place; a bad entry keeps what was typed. */
export function EditableSection({
  section,
  row,
  title,
  children,
}: {
  section: Section;
  row: MemberRow;
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const role = useCurrentStaff()?.role ?? null;
  const [editing, setEditing] = useState(false);
  const headingId = `${section}-title`;
  if (editing) {
    const props = { row, title, headingId, onClose: () => setEditing(false) };
    return section === 'hard' ? (
      <HardSectionForm {...props} phoneShown={seesFullPhone(role)} />
    ) : (
      <SoftSectionForm {...props} />
    );
  }
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId}>{title}</h2>
        <button
          type="button"
          className="btn"
          aria-label={`${t('member.edit')} ${title}`}
          onClick={() => setEditing(true)}
        >
          {t('member.edit')}
        </button>
      </div>
      <dl className="details">{children}</dl>
    </section>
  );
}
