import { useTranslation } from 'react-i18next';
import { useOnline } from './use-online';

export function NetworkPill() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <span className="pill" role="status">
      <span className="pill-dot" data-state={online ? 'online' : 'offline'} aria-hidden="true" />
      {online ? t('network.online') : t('network.offline')}
    </span>
  );
}
