import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { surveyApi, SURVEY_GROUPS, SURVEY_KINDS } from '../../api/surveys';
import type { Survey, SurveyGroup, SurveyKind } from '../../api/surveys';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { Page } from '../../components/Page';
import { useSchoolName } from '../../components/SchoolHeading';
import { SchoolNav } from '../../components/SchoolNav';
import { label, PHASE_TEXT } from '../../components/enumLabels';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { SurveyCard } from './SurveyCard';
import '../../styles/surveys.css';

/**
 * The coordinator's survey links for one school: per measurement kind and group, open a survey,
 * pass on its link or code, follow the number of responses, close and reopen it. Team members and
 * the programme's organisers see the same page without the actions.
 */
export function SurveysPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { id = '', orgId = '' } = useParams();
  const [message, setMessage] = useState<Notice | null>(null);

  // Only the school's coordinator opens, closes and reopens; the server checks it again on every call.
  const canAct = (me?.memberships ?? []).some((m) => String(m.organisationId) === orgId && m.role === 'coordinator');

  const { state: load, reload, update } = useLoad(() => surveyApi.list(id, orgId).then((list) => list.surveys), [id, orgId]);

  const schoolName = useSchoolName(orgId);
  const title = t('surveys.title');

  const replace = (survey: Survey) =>
    update((surveys) => [...surveys.filter((s) => String(s.id) !== String(survey.id)), survey]);

  const find = (surveys: Survey[], kind: SurveyKind, group: SurveyGroup) =>
    surveys.find((s) => s.kind === kind && s.group === group) ?? null;

  return (
    <Page title={title} about={schoolName} nav={<SchoolNav programmeId={id} organisationId={orgId} schoolName={schoolName} />} className="surveys">
      <p className="lead">{t('surveys.intro')}</p>
      <p>{t('surveys.anonymity')}</p>
      {!canAct && load.status === 'ready' && <p className="notice">{t('surveys.readOnly')}</p>}

      <NoticeArea notice={message} />

      <LoadStatus state={load} onRetry={reload} />
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
                    survey={find(load.data, kind, group)}
                    canAct={canAct}
                    onChanged={(survey, text) => {
                      replace(survey);
                      setMessage({ text, error: false });
                    }}
                    onFailed={(text, stale) => {
                      setMessage({ text, error: true });
                      if (stale) reload();
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
    </Page>
  );
}
