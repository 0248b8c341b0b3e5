import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { MemberFields } from '../../../shared/schemas/member.schema';
import { seesFullPhone } from '../../../shared/domain/phone-privacy';
import type { MemberRow } from '../../db/floorbook-db';
import { useCurrentStaff } from '../../state/current-staff';
import { useDirtyForm } from '../../state/use-dirty-form';
import { showRefusal } from '../../ui/form/field-error';
import { SchemaForm } from '../../ui/form/schema-form';
import { useCommands } from './use-member';
import { commandErrorText } from './command-error';
import { PanelActions } from './panel-actions';
import { HardSectionForm, SoftSectionForm } from './section-forms';

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

export interface SectionFormProps {
  row: MemberRow;
  title: string;
  headingId: string;
  onClose: () => void;
}

/**
 * The frame both sections are edited in: their fields, checked by the member schema's own
 * rules; saved as one edit; a number already a member said beside her number.
 */
export function SectionForm<In extends FieldValues, Out>({
  row,
  title,
  headingId,
  onClose,
  form,
  schema,
  editOf,
  children,
}: SectionFormProps & {
  form: UseFormReturn<In, unknown, Out>;
  schema: z.ZodType;
  editOf: (values: Out) => Partial<MemberFields>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const commands = useCommands();
  useDirtyForm(true);
  const save = async (values: Out) => {
    const r = await (await commands()).editMember(row.id, editOf(values));
    if (r.ok) return onClose();
    const taken = r.error.code === 'phone-taken';
    const message = taken ? t('member.signUp.phoneTaken') : commandErrorText(t, r.error);
    showRefusal(form.setError, { message, ...(taken && { field: 'phone' }) }, ['phone']);
  };
  return (
    <SchemaForm
      form={form}
      schema={schema}
      onValid={save}
      className="card edit-form"
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{title}</h2>
      {children}
      <PanelActions saveLabel={t('member.save')} onCancel={onClose} />
    </SchemaForm>
  );
}
