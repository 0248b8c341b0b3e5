import { useTranslation } from 'react-i18next';
import { FormRefusal } from '../../ui/form/form-refusal';
import { TextField } from '../../ui/form/text-field';

/** What every enrolment ends with: this tablet's name for the owner's device list, and the button. */
export function EnrolFormFoot({ ready, busy }: { ready: boolean; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField name="deviceName" label={t('setup.deviceName')} />
      <FormRefusal />
      <button type="submit" className="btn btn-primary" disabled={!ready || busy}>
        {busy ? t('enrol.submitting') : t('enrol.submit')}
      </button>
    </>
  );
}
