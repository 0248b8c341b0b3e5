import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { MemberFields } from '../../../shared/schemas/member.schema';
import type { MemberRow } from '../../db/floorbook-db';
import { useDirtyForm } from '../../state/use-dirty-form';
import { showRefusal } from '../../ui/form/field-error';
import { SchemaForm } from '../../ui/form/schema-form';
import { useCommands } from './use-member';
import { commandErrorText } from './command-error';
import { PanelActions } from './panel-actions';

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
