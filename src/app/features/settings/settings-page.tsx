import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../state/session.state';
import { useCurrentStaff } from '../../state/current-staff';
import { useStaffSession } from '../../state/staff-session.state';
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/i18n';
import { ResetTablet } from '../sync/reset-tablet';
import { StoreSettingsCard } from '../store-settings/store-settings-card';
import { TaskSettingsCard } from '../store-settings/task-settings-card';

const LANGUAGE_NAMES: Record<UiLanguage, string> = { 'zh-CN': '简体中文', en: 'English' };

/** This tablet: its store, who is signed in, and the language of the screens. */
export default function SettingsPage() {
  const { t } = useTranslation();
  const id = useId();
  const enrolment = useSession((s) => s.enrolment);
  const language = useSession((s) => s.language);
  const languageChosen = useSession((s) => s.languageChosen);
  const staff = useCurrentStaff();
  const lock = useStaffSession((s) => s.locked);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('settings.title')}</h1>
      <div className="card">
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('settings.language')}</label>
          <select
            id={`${id}-language`}
            value={language}
            onChange={(e) => languageChosen(e.target.value as UiLanguage)}
          >
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        {enrolment && (
          <dl>
            <dt>{t('settings.store')}</dt>
            <dd>{enrolment.store.name}</dd>
            <dt>{t('settings.signedInAs')}</dt>
            <dd>{staff ? `${staff.name} · ${t(`roles.${staff.role}`)}` : t('access.settings.nobody')}</dd>
          </dl>
        )}
        {staff && (
          <>
            <button type="button" className="btn" onClick={lock}>
              {t('access.settings.switchStaff')}
            </button>
            <p className="hint">{t('access.settings.switchHint')}</p>
          </>
        )}
      </div>
      {enrolment && <StoreSettingsCard storeId={enrolment.store.id} />}
      {enrolment && <TaskSettingsCard storeId={enrolment.store.id} />}
      <ResetTablet />
    </section>
  );
}
