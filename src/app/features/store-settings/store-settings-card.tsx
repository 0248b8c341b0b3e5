import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, leastRoleFor } from '../../../shared/domain/permissions';
import type { StoreId } from '../../../shared/schemas/ids.schema';
import type { StoreSettingsFields } from '../../../shared/domain/store-settings';
import { useCurrentStaff } from '../../state/current-staff';
import { useCommands } from '../member/use-member';
import { useStoreSettings } from './use-store-settings';

const TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Urumqi',
  'Asia/Singapore',
  'Asia/Tokyo',
];
const LEAST = leastRoleFor({ kind: 'settings.update', payload: { fields: {} } });

/** A manager's or owner's small form for the store's time zone and a few programme rules. */
export function StoreSettingsCard({ storeId }: { storeId: StoreId }) {
  const staff = useCurrentStaff();
  const settings = useStoreSettings();
  if (!staff || !hasRole(staff.role, LEAST)) return null;
  // Started again whenever the settings change (pulled, or saved here), so it shows them.
  return <StoreSettingsForm key={JSON.stringify(settings)} storeId={storeId} settings={settings} />;
}

function StoreSettingsForm({ storeId, settings }: { storeId: StoreId; settings: StoreSettingsFields }) {
  const { t } = useTranslation();
  const id = useId();
  const commands = useCommands();
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [pointsPerYuan, setPointsPerYuan] = useState(String(settings.rules.pointsPerYuan));
  const [followUpDays, setFollowUpDays] = useState(String(settings.rules.followUpDays));
  const [outcome, setOutcome] = useState<'saved' | 'invalid' | 'failed' | null>(null);

  async function save(e: SyntheticEvent) {
    e.preventDefault();
    const rules = {
      ...settings.rules,
      pointsPerYuan: Number(pointsPerYuan),
      followUpDays: Number(followUpDays),
    };
    const result = await (await commands()).saveStoreSettings(storeId, { timeZone, rules });
    setOutcome(result.ok ? 'saved' : result.error.code === 'invalid' ? 'invalid' : 'failed');
  }

  return (
    <form className="card" aria-labelledby={`${id}-title`} onSubmit={(e) => void save(e)}>
      <h2 id={`${id}-title`}>{t('storeSettings.title')}</h2>
      <p className="hint">{t('storeSettings.hint')}</p>
      <div className="field">
        <label htmlFor={`${id}-zone`}>{t('storeSettings.timeZone')}</label>
        <select id={`${id}-zone`} value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
          {[...new Set([settings.timeZone, ...TIME_ZONES])].map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-points`}>{t('storeSettings.pointsPerYuan')}</label>
        <input
          id={`${id}-points`}
          type="number"
          inputMode="numeric"
          min={0}
          value={pointsPerYuan}
          onChange={(e) => setPointsPerYuan(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-follow-up`}>{t('storeSettings.followUpDays')}</label>
        <input
          id={`${id}-follow-up`}
          type="number"
          inputMode="numeric"
          min={1}
          value={followUpDays}
          onChange={(e) => setFollowUpDays(e.target.value)}
        />
      </div>
      <button type="submit" className="btn">
        {t('storeSettings.save')}
      </button>
      {outcome && <p role={outcome === 'saved' ? 'status' : 'alert'}>{t(`storeSettings.${outcome}`)}</p>}
    </form>
  );
}
