import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';

/**
 * The link to the privacy page (/privacy, a page of the app, not of the survey bundle: a plain <a>, no
 * router). It opens in a new window so a respondent keeps their place in the questionnaire, and says so
 * to screen readers.
 */
export function PrivacyLink({ text = 'respond.privacyLink' }: { text?: MessageKey }) {
  const { t } = useI18n();
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
    <p className="respond-privacy">
      {t('respond.privacyShort')} <PrivacyLink />
    </p>
  );
}
