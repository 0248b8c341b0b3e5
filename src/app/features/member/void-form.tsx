import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { EventId } from '../../../shared/schemas/ids.schema';
import { VoidEvent } from '../../../shared/schemas/event.schema';
import { showRefusal } from '../../ui/form/field-error';
import { FormRefusal } from '../../ui/form/form-refusal';
import { SchemaForm } from '../../ui/form/schema-form';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { useCommands } from './use-member';
import { commandErrorText } from './command-error';

/** The void event's reason, which a void must give. */
const VoidValues = z.object({
  reason: VoidEvent.shape.payload.shape.reason.pipe(z.string().min(1, { message: 'required' })),
});

/** A mistaken entry voided with a reason, never edited. */
export function VoidForm({ eventId, onClose }: { eventId: EventId; onClose: () => void }) {
  const { t } = useTranslation();
  const commands = useCommands();
  const form = useSchemaForm(VoidValues, { reason: '' });
  const reason = useWatch({ control: form.control, name: 'reason' });
  const save = async (values: z.output<typeof VoidValues>) => {
    const r = await (await commands()).voidEvent(eventId, values.reason);
    if (r.ok) onClose();
    else showRefusal(form.setError, { message: commandErrorText(t, r.error) }, []);
  };
  return (
    <SchemaForm form={form} schema={VoidValues} onValid={save} className="inline-form">
      <TextField name="reason" label={t('member.voidReason')} />
      <button type="submit" className="btn btn-danger" disabled={reason.trim() === ''}>
        {t('member.voidConfirm')}
      </button>
      <FormRefusal />
      <button type="button" className="btn" onClick={onClose}>
        {t('member.cancel')}
      </button>
    </SchemaForm>
  );
}
