import { useI18n } from '../../i18n';

/**
 * The link to the privacy page (/privacy, a page of the app, not of the survey bundle: a plain <a>, no
 * router). It opens in a new window so a respondent keeps their place in the questionnaire, and says so
 * to screen readers. In the footer it names the page ("Privacy en je gegevens"), beside a sentence
 * about the answers it says "Meer over privacy".
 */
export function PrivacyLink({ inFooter = false }: { inFooter?: boolean }) {
  const { t } = useI18n();
  const text = inFooter ? 'respond.privacyFooter' : 'respond.privacyLink';
  return (
    <a href="/privacy" target="_blank" rel="noopener">
      {t(text)} <span className="visually-hidden">{t('respond.newWindow')}</span>
    </a>
  );
}

/** "Your answers are anonymous. More about privacy": one line on the code page and the first screen. */
export function AnonymousNote() {
  const { t } = useI18n();
  return (
    <p>
      {t('respond.privacyShort')} <PrivacyLink />
    </p>
  );
}
