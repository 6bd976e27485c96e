import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api';
import { surveyApi, SURVEY_GROUPS, SURVEY_KINDS } from '../../api/surveys';
import type { Survey, SurveyGroup, SurveyKind } from '../../api/surveys';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { label, PHASE_TEXT } from '../../components/enumLabels';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { SurveyCard } from './SurveyCard';
import '../../styles/surveys.css';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; surveys: Survey[] };

/**
 * The coordinator's survey links for one school: per measurement kind and group, open a survey,
 * pass on its link or code, follow the number of responses, close and reopen it. Team members and
 * the programme's organisers see the same page without the actions.
 */
export function SurveysPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { id = '', orgId = '' } = useParams();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [fetchedName, setFetchedName] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const membership = me?.memberships.find((m) => String(m.organisationId) === orgId && m.organisationKind === 'school');
  // Only the school's coordinator opens, closes and reopens; the server checks it again on every call.
  const canAct = (me?.memberships ?? []).some((m) => String(m.organisationId) === orgId && m.role === 'coordinator');

  useEffect(() => {
    let live = true;
    surveyApi.list(id, orgId).then(
      (list) => live && setLoad({ status: 'ready', surveys: list.surveys }),
      (error) => live && setLoad({ status: 'error', message: generalMessage(t, error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, orgId, attempt]);

  useEffect(() => {
    if (membership) return;
    // An organiser: the school's name comes from the organisation itself.
    let live = true;
    api.organisation(orgId).then(
      (organisation) => live && setFetchedName(organisation.name),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [membership, orgId]);

  const schoolName = membership?.organisationName ?? fetchedName;
  const title = t('surveys.title');

  const replace = (survey: Survey) =>
    setLoad((current) =>
      current.status === 'ready'
        ? {
            status: 'ready',
            surveys: [
              ...current.surveys.filter((s) => String(s.id) !== String(survey.id)),
              survey,
            ],
          }
        : current,
    );

  const find = (surveys: Survey[], kind: SurveyKind, group: SurveyGroup) =>
    surveys.find((s) => s.kind === kind && s.group === group) ?? null;

  return (
    <div className="surveys">
      <PageHeading title={schoolName ? `${title} – ${schoolName}` : title}>
        {title}
        {schoolName && (
          <>
            <span className="visually-hidden"> – </span>
            <span className="page-heading__sub">{schoolName}</span>
          </>
        )}
      </PageHeading>
      <p className="lead">{t('surveys.intro')}</p>
      <p>{t('surveys.anonymity')}</p>
      {!canAct && load.status === 'ready' && <p className="notice">{t('surveys.readOnly')}</p>}

      <div role="status" className="live">
        {message && !message.error && <p className="notice notice--ok">{message.text}</p>}
      </div>
      {message?.error && (
        <p className="notice notice--error" role="alert">
          {message.text}
        </p>
      )}

      {load.status === 'loading' && <Loading />}
      {load.status === 'error' && (
        <>
          <p className="notice notice--error" role="alert">
            {load.message}
          </p>
          <button type="button" className="button" onClick={() => setAttempt((a) => a + 1)}>
            {t('common.retry')}
          </button>
        </>
      )}
      {load.status === 'ready' &&
        SURVEY_KINDS.map((kind) => {
          const headingId = `surveys-${kind}`;
          return (
            <section key={kind} aria-labelledby={headingId} className="surveys__kind">
              <h2 id={headingId}>{label(t, PHASE_TEXT, kind)}</h2>
              <p>
                <Link to={`/programmes/${id}/schools/${orgId}/results?kind=${kind}`}>
                  {t('surveys.resultsLink', { kind: label(t, PHASE_TEXT, kind).toLowerCase() })}
                </Link>
              </p>
              <ul className="survey-list">
                {SURVEY_GROUPS.map((group) => (
                  <SurveyCard
                    key={group}
                    programmeId={id}
                    organisationId={orgId}
                    kind={kind}
                    group={group}
                    survey={find(load.surveys, kind, group)}
                    canAct={canAct}
                    onChanged={(survey, text) => {
                      replace(survey);
                      setMessage({ text, error: false });
                    }}
                    onFailed={(text, reload) => {
                      setMessage({ text, error: true });
                      if (reload) setAttempt((a) => a + 1);
                    }}
                  />
                ))}
              </ul>
            </section>
          );
        })}

      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
