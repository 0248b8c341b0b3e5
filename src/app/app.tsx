import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { InsecureOriginPage } from './features/connection/insecure-origin-page';
import { initI18n } from './i18n/i18n';
import { AppRoutes } from './routes';
import { useSession } from './state/session.state';

export function App() {
  const language = useSession((s) => s.language);
  const [i18n] = useState(() => initI18n(useSession.getState().language));
  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  return (
    <I18nextProvider i18n={i18n}>
      {/* Without a secure context there is no WebCrypto and no service worker: say why first. */}
      {window.isSecureContext ? (
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      ) : (
        <InsecureOriginPage />
      )}
    </I18nextProvider>
  );
}
