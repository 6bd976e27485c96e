import { Link } from 'react-router';
import { mentoringApi } from '../../api/mentoring';
import type { MentoredSchool } from '../../api/mentoring';
import { DataTable } from '../../components/DataTable';
import type { Column } from '../../components/DataTable';
import { formatDay } from '../../components/dates';
import { EmptyState } from '../../components/EmptyState';
import { LoadStatus } from '../../components/LoadStatus';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { schoolPath } from '../measurement/texts';
import { label as enumLabel, PROVINCE_TEXT } from '../../components/enumLabels';
import '../../styles/plan.css';

/** `/mentoring`: the schools the mentor's company is matched to (confirmed), with their plan and log. */
export function MentoringPage() {
  const { t, language } = useI18n();
  const { state, reload } = useLoad(() => mentoringApi.mySchools(), []);
  const title = t('mentoring.title');

  const columns: Column<MentoredSchool>[] = [
    {
      title: t('mentoring.school'),
      rowHeader: true,
      cell: (s) => (
        <>
          {s.name}
          <span className="muted">
            {' '}
            ({s.municipality}
            {s.province ? `, ${enumLabel(t, PROVINCE_TEXT, s.province)}` : ''})
          </span>
        </>
      ),
    },
    { title: t('mentoring.programme'), cell: (s) => s.programmeName },
    {
      title: t('mentoring.planProgress'),
      cell: (s) => `${s.planProgress}%`,
    },
    { title: t('mentoring.lastMeeting'), cell: (s) => (s.lastMeetingOn ? formatDay(s.lastMeetingOn, language) : t('mentoring.noMeeting')) },
    {
      title: t('mentoring.pages'),
      cell: (s) => {
        const base = schoolPath(s.programmeId, s.organisationId);
        return (
          <ul className="plain">
            <li>
              <Link to={`${base}/plan`}>
                {t('plan.link')}
                <span className="visually-hidden"> ({s.name})</span>
              </Link>
            </li>
            <li>
              <Link to={`${base}/meetings`}>
                {t('meetings.link')}
                <span className="visually-hidden"> ({s.name})</span>
              </Link>
            </li>
            <li>
              <Link to={`${base}/results?kind=baseline`}>
                {t('school.resultsLink')}
                <span className="visually-hidden"> ({s.name})</span>
              </Link>
            </li>
          </ul>
        );
      },
    },
  ];

  return (
    <Page className="plan-page" title={title}>
      <p className="lead">{t('mentoring.intro')}</p>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (state.data.schools.length === 0 ? (
          <EmptyState>{t('mentoring.none')}</EmptyState>
        ) : (
          <DataTable
            caption={t('mentoring.caption')}
            columns={columns}
            rows={state.data.schools}
            rowKey={(s) => `${s.programmeId}-${s.organisationId}`}
            rowProps={(s) => ({ 'data-school': s.organisationId })}
          />
        ))}
    </Page>
  );
}
