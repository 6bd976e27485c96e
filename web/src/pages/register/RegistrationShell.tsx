import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Programme } from '../../api';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';

/** The privacy notice shown above the consent checkbox of both registration forms, with the link to /privacy. */
export function PrivacyNotice() {
  const { t } = useI18n();
  return (
    <section className="privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('register.privacyTitle')}</h2>
      <p>{t('register.privacyText')}</p>
      <p>{t('register.privacyRights')}</p>
      <p>
        {t('register.privacyMore')}{' '}
        {/* A new window: going to the page in this one would lose what the form holds. */}
        <a href="/privacy" target="_blank" rel="noopener">
          {t('register.privacyLink')} <span className="visually-hidden">{t('register.newWindow')}</span>
        </a>
      </p>
    </section>
  );
}

/** The confirmation after a 201: where the mail went and what happens next. */
export function RegistrationDone({ programme, email, kind }: { programme: Programme; email: string; kind: 'school' | 'mentor' }) {
  const { t } = useI18n();
  const title = t('register.doneTitle');
  return (
    <Page className="narrow" title={title}>
      <div className="notice" role="status">
        <p>{t(kind === 'school' ? 'register.doneSchool' : 'register.doneMentor', { programme: programme.name })}</p>
        <p>{t('register.doneMail', { email })}</p>
      </div>
      <p>{t('register.doneNext')}</p>
      <p>
        <Link to={`/programmes/${programme.id}`}>{t('register.backToProgramme')}</Link>
      </p>
    </Page>
  );
}

/** A section of a registration form with its own heading. */
export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="form-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
