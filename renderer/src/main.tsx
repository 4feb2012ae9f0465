import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@lingui/react';
import { App } from './app';
import { activateLanguage, i18n } from './lib/i18n';
import './styles.css';

// Text renders in the OS's language from the first frame; the app switches to the
// person's own choice once settings arrive (App applies it with the theme).
void activateLanguage('system').then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
});
