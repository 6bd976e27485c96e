import type { MouseEvent, ReactNode } from 'react';
import { LanguageButtons } from '../../components/LanguageButtons';
import { useI18n } from '../../i18n';
import { PrivacyLink } from './PrivacyLink';
import '../../styles/surveys.css';

function focusMain(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}

/**
 * The frame of the public survey pages: no site navigation (a respondent has no account), only the
 * name and the language buttons (nothing to save them to), in one narrow column that reads well on a
 * phone.
 */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="app app--public">
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner public-header">
          <span className="app-header__brand">{t('app.name')}</span>
          <LanguageButtons />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main public-main">
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('respond.footer')}</p>
        <p>
          <PrivacyLink inFooter />
        </p>
      </footer>
    </div>
  );
}
