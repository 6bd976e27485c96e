import { Link, useParams } from 'react-router';
import { ButtonLink } from '../../components/ButtonLink';
import { Page } from '../../components/Page';
import { AUDIENCE_TEXT, label } from '../../components/enumLabels';
import { useI18n } from '../../i18n';
import { pick } from '../framework/normalise';
import { Paragraphs } from './Paragraphs';
import { PhaseTable } from './PhaseTable';
import { ProgrammeState } from './ProgrammeState';
import { isFull, useProgramme } from './useProgramme';

/** The public page of a programme: what it is, its phases, and the ways to register. */
export function ProgrammePage() {
  const { t, language } = useI18n();
  const { id } = useParams();
  const { load, reload } = useProgramme(id);
  if (load.status !== 'ready') return <ProgrammeState load={load} retry={reload} />;

  const { programme } = load;
  const description = pick(programme.description, language);
  const full = isFull(programme);

  return (
    <Page className="programme" title={programme.name}>
      <dl className="facts">
        <div>
          <dt>{t('programme.schoolYear')}</dt>
          <dd>{programme.schoolYear}</dd>
        </div>
        <div>
          <dt>{t('programme.audience')}</dt>
          <dd>{label(t, AUDIENCE_TEXT, programme.audience)}</dd>
        </div>
        <div>
          <dt>{t('programme.region')}</dt>
          <dd>{programme.region}</dd>
        </div>
        <div>
          <dt>{t('programme.places')}</dt>
          <dd>{t('programme.placesValue', { taken: programme.schoolCount, max: programme.maxSchools })}</dd>
        </div>
      </dl>

      {description && (
        <section aria-labelledby="programme-about">
          <h2 id="programme-about">{t('programme.about')}</h2>
          <Paragraphs text={description} />
        </section>
      )}

      <section aria-labelledby="programme-phases">
        <h2 id="programme-phases">{t('programme.phases')}</h2>
        <PhaseTable phases={programme.phases} captionId="programme-phases" />
      </section>

      <section className="card" aria-labelledby="programme-join">
        <h2 id="programme-join">{t('programme.join')}</h2>
        {full ? (
          <p className="notice">{t('programme.full')}</p>
        ) : (
          <p>{t('programme.joinSchoolText')}</p>
        )}
        <p>{t('programme.joinMentorText')}</p>
        <div className="actions">
          {!full && (
            <ButtonLink to={`/programmes/${programme.id}/register-school`}>{t('programme.registerSchool')}</ButtonLink>
          )}
          {/* With no school places left, registering as a mentor is the page's main action. */}
          <ButtonLink variant={full ? 'primary' : 'secondary'} to={`/programmes/${programme.id}/register-mentor`}>
            {t('programme.registerMentor')}
          </ButtonLink>
        </div>
        <p>
          {/* Asked from here, the question reaches this programme's organisers. */}
          <Link to={`/ask?programme=${programme.id}`}>{t('programme.askOrganisers')}</Link>
        </p>
      </section>
    </Page>
  );
}
