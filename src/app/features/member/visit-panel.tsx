import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { VisitEvent } from '../../../shared/schemas/event.schema';
import { emptyAs } from '../../ui/form/empty-as';
import { showRefusal } from '../../ui/form/field-error';
import { SchemaForm } from '../../ui/form/schema-form';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { useCommands } from './use-member';
import { commandErrorText } from './command-error';
import { PanelActions } from './panel-actions';

const VisitValues = z.object({ liked: emptyAs(undefined)(VisitEvent.shape.payload.shape.liked) });

/** A visit without a purchase: what she looked at and liked is worth keeping for next time. */
export function VisitPanel({ memberId, onClose }: { memberId: MemberId; onClose: () => void }) {
  const { t } = useTranslation();
  const commands = useCommands();
  const form = useSchemaForm(VisitValues, { liked: '' });
  const save = async ({ liked }: z.output<typeof VisitValues>) => {
    const r = await (await commands()).recordVisit(memberId, liked === undefined ? {} : { liked });
    if (r.ok) onClose();
    else showRefusal(form.setError, { message: commandErrorText(t, r.error) }, []);
  };
  return (
    <SchemaForm
      form={form}
      schema={VisitValues}
      onValid={save}
      className="card panel"
      aria-label={t('member.visit.title')}
    >
      <h2>{t('member.visit.title')}</h2>
      <TextField name="liked" label={t('member.liked')} />
      <PanelActions saveLabel={t('member.visit.save')} onCancel={onClose} />
    </SchemaForm>
  );
}
