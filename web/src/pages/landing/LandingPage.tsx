import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api';
import type { Programme } from '../../api';
import { ButtonLink } from '../../components/ButtonLink';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { brusselsToday } from '../measurement/texts';
import { ProgrammeCards } from '../programmes/ProgrammeCards';
import { openProgrammes } from './openProgrammes';
import '../../styles/landing.css';

const STEPS: { title: MessageKey; text: MessageKey }[] = [
  { title: 'landing.step.register', text: 'landing.step.registerText' },
  { title: 'landing.step.baseline', text: 'landing.step.baselineText' },
  { title: 'landing.step.plan', text: 'landing.step.planText' },
  { title: 'landing.step.network', text: 'landing.step.networkText' },
  { title: 'landing.step.label', text: 'landing.step.labelText' },
  { title: 'landing.step.final', text: 'landing.step.finalText' },
];

/** How many open programmes the landing page lists; the programmes page has them all. */
const SHOWN = 4;

type Load = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; programmes: Programme[] };

/** What an anonymous visitor sees at `/`: what the platform is, the programmes open now, and the way in. */
export function LandingPage() {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    api.programmes().then(
      ({ programmes }) => live && setLoad({ status: 'ready', programmes: openProgrammes(programmes, brusselsToday(), SHOWN) }),
      // The rest of the page stands on its own: a failed list only hides that section's items.
      () => live && setLoad({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <Page className="landing" title={t('app.name')} heading={t('landing.title')}>
      <p className="lead">{t('landing.lead')}</p>
      <div className="actions">
        <ButtonLink to="/login">{t('landing.logIn')}</ButtonLink>
        <ButtonLink variant="secondary" to="/programmes">
          {t('landing.allProgrammes')}
        </ButtonLink>
      </div>

      <section aria-labelledby="landing-open">
        <h2 id="landing-open">{t('landing.openTitle')}</h2>
        {load.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
        {load.status === 'failed' && (
          <p>
            {t('landing.openFailed')} <Link to="/programmes">{t('landing.allProgrammes')}</Link>
          </p>
        )}
        {load.status === 'ready' &&
          (load.programmes.length === 0 ? (
            <EmptyState>{t('landing.openNone')}</EmptyState>
          ) : (
            <ProgrammeCards programmes={load.programmes} heading="h3" />
          ))}
      </section>

      <section aria-labelledby="landing-steps">
        <h2 id="landing-steps">{t('landing.stepsTitle')}</h2>
        <ol className="landing__steps">
          {STEPS.map((step) => (
            <li key={step.title}>
              <strong>{t(step.title)}</strong> {t(step.text)}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="landing-more">
        <h2 id="landing-more">{t('landing.moreTitle')}</h2>
        <ul>
          <li>
            <Link to="/framework">{t('landing.framework')}</Link>
          </li>
          <li>
            <Link to="/showcase">{t('landing.showcase')}</Link>
          </li>
          <li>
            <Link to="/verify">{t('landing.verify')}</Link>
          </li>
          <li>
            <Link to="/s">{t('landing.survey')}</Link>
          </li>
          <li>
            <Link to="/ask">{t('landing.ask')}</Link>
          </li>
        </ul>
      </section>
    </Page>
  );
}
