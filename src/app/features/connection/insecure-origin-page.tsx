import { useTranslation } from 'react-i18next';
import { useSession } from '../../state/session.state';
import './insecure-origin-page.css';

/**
 * Opened over plain HTTP on a network address, the browser withholds WebCrypto and service
 * workers: PINs cannot be checked and nothing works offline. Say so, and how to fix it, instead
 * of letting the PIN pad fail. The links are guesses from this address: HTTPS on its default port
 * (a TLS proxy's), and the trust page on the next port, where the server puts it by default.
 */
export function InsecureOriginPage() {
  const { t } = useTranslation();
  const language = useSession((s) => s.language);
  const languageChosen = useSession((s) => s.languageChosen);
  const { host, hostname, port } = window.location;
  const httpsUrl = `https://${hostname}/`;
  const trustUrl = `http://${hostname}:${Number(port || '80') + 1}/`;
  return (
    <main className="insecure-origin" role="main">
      <button
        type="button"
        className="btn insecure-language"
        onClick={() => languageChosen(language === 'en' ? 'zh-CN' : 'en')}
      >
        {t('insecure.language')}
      </button>
      <h1>{t('insecure.title')}</h1>
      <p role="alert">{t('insecure.why', { address: `http://${host}/` })}</p>
      <h2>{t('insecure.stepsLabel')}</h2>
      <ol>
        <li>{t('insecure.openHttps')}</li>
        <li>{t('insecure.trust')}</li>
        <li>{t('insecure.ownDomain')}</li>
      </ol>
      <p className="insecure-links">
        <a className="btn btn-primary" href={httpsUrl}>
          {t('insecure.tryHttps', { url: httpsUrl })}
        </a>
        <a className="btn" href={trustUrl}>
          {t('insecure.trustPage')}
        </a>
      </p>
    </main>
  );
}
