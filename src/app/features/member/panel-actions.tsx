import { useTranslation } from 'react-i18next';
import { FormRefusal } from '../../ui/form/form-refusal';

/** The foot of a member form: why it was refused, if it was, then save and cancel. */
export function PanelActions({ saveLabel, onCancel }: { saveLabel: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <FormRefusal />
      <div className="panel-actions">
        <button type="submit" className="btn btn-primary">
          {saveLabel}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('member.cancel')}
        </button>
      </div>
    </>
  );
}
