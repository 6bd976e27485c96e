import { CountedFilter } from '../../components/CountedFilter';
import { Link, useParams, useSearchParams } from 'react-router';
import { networkApi, LABEL_ESTIMATES, LEVELS } from '../../api/network';
import type { GroupReport, GroupReportSchool, GroupReportSchools, SchoolEstimate } from '../../api/network';
import type { MeasurementKind } from '../../api/types';
import { DataTable } from '../../components/DataTable';
import type { Column } from '../../components/DataTable';
import { formatCount, PagedTable } from '../../components/PagedTable';
import { pageParams, usePagedList } from '../../components/usePagedList';
import { LoadStatus } from '../../components/LoadStatus';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { ProgrammeRoleNav } from '../organiser/ProgrammeNav';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { LABEL_TEXT } from '../label/logic';
import { criterionName, useCriteria } from '../label/useCriteria';
import type { CriterionInfo } from '../label/useCriteria';
import { ANSWER_LEVEL_TEXT, KIND_TEXT } from '../measurement/texts';
import { ProgrammeState } from '../programmes/ProgrammeState';
import { useProgramme } from '../programmes/useProgramme';
import { LevelChart, MeanChart } from './Charts';
import { formatChange, formatMean, standing, standingTally } from './logic';
import type { Standing } from './logic';
import '../../styles/network.css';
import '../../styles/navigation.css';
import { ButtonAnchor } from '../../components/Button';

const STANDING_TEXT: Record<Standing, MessageKey> = {
  above: 'groupReport.standing.above',
  at: 'groupReport.standing.at',
  below: 'groupReport.standing.below',
};

/** `/programmes/:id/group-report?measurement=baseline|final`: the cohort's figures, for organisers and schools. */
export function GroupReportPage() {
  const { t, language } = useI18n();
  const { id } = useParams();
  const [search, setSearch] = useSearchParams();
  const measurement: MeasurementKind = search.get('measurement') === 'final' ? 'final' : 'baseline';
  const { load, reload: reloadProgramme } = useProgramme(id);
  const { state, reload } = useLoad(() => networkApi.groupReport(id ?? '', measurement), [id, measurement]);
  const programme = load.status === 'ready' ? load.programme : null;
  const criteria = useCriteria(programme?.frameworkId ?? null, programme?.frameworkVersion ?? null);

  if (load.status !== 'ready') return <ProgrammeState load={load} retry={reloadProgramme} />;
  const title = t('groupReport.title');
  return (
    <Page
      title={title}
      about={load.programme.name}
      nav={<ProgrammeRoleNav programme={load.programme} />}
      className="network-page"
    >
      <p className="lead">{t('groupReport.intro')}</p>
      <nav className="segmented" aria-label={t('groupReport.measurementSwitch')}>
        <ul>
          {(['baseline', 'final'] as const).map((kind) => (
            <li key={kind}>
              <a
                href={`?measurement=${kind}`}
                aria-current={kind === measurement ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  setSearch({ measurement: kind });
                }}
              >
                {t(KIND_TEXT[kind])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && <Report report={state.data} criteria={criteria} measurement={measurement} language={language} />}
    </Page>
  );
}

function Report({
  report,
  criteria,
  measurement,
  language,
}: {
  report: GroupReport;
  criteria: Map<string, CriterionInfo>;
  measurement: MeasurementKind;
  language: 'nl' | 'en';
}) {
  const { t } = useI18n();
  const organiser = typeof report.schoolTable === 'string';
  const school = !organiser && report.own !== null && report.own !== undefined;
  const elementNames = new Map<string, string>();
  for (const info of criteria.values()) if (info.elementId && info.elementName) elementNames.set(info.elementId, info.elementName);
  const elementName = (elementId: string) => elementNames.get(elementId) ?? elementId;
  const levelText = (level: string | null | undefined) =>
    level ? t(ANSWER_LEVEL_TEXT[level as keyof typeof ANSWER_LEVEL_TEXT] ?? 'groupReport.none') : '–';
  const p = report.participation;
  const count = (n: number) => formatCount(language, n);

  return (
    <>
      <section className="card" aria-labelledby="gr-participation">
        <h2 id="gr-participation">{t('groupReport.participation')}</h2>
        <dl className="facts">
          <dt>{t('groupReport.schools')}</dt>
          {/* Counted as the rest of the pages write numbers (2.000, not 2000): a region has thousands. */}
          <dd data-testid="gr-schools">{count(p.schools)}</dd>
          <dt>{t('groupReport.submitted')}</dt>
          <dd data-testid="gr-submitted">{count(p.submitted)}</dd>
          <dt>{t('groupReport.responses')}</dt>
          <dd>
            {t('groupReport.responsesText', {
              leaders: count(p.surveyResponses.leaders),
              teachers: count(p.surveyResponses.teachers),
              students: count(p.surveyResponses.students),
            })}
          </dd>
        </dl>
        <p className="exports">
          <ButtonAnchor variant="secondary" href={networkApi.groupReportFileUrl(report.programmeId, 'pdf', measurement, language)} download>
            {t('groupReport.pdf')}
          </ButtonAnchor>{' '}
          <ButtonAnchor variant="secondary" href={networkApi.groupReportFileUrl(report.programmeId, 'xlsx', measurement, language)} download>
            {t('groupReport.xlsx')}
          </ButtonAnchor>
        </p>
      </section>

      {report.suppressed ? (
        <p className="notice" data-testid="gr-suppressed">
          {t('groupReport.suppressed')}
        </p>
      ) : (
        <>
          {school &&
            (report.own?.submitted ? (
              <WhereYouStand report={report} criteria={criteria} levelText={levelText} />
            ) : (
              <p className="notice" data-testid="gr-own-missing">
                {t('groupReport.ownNotSubmitted')}
              </p>
            ))}

          <section className="card" aria-labelledby="gr-criteria">
            <h2 id="gr-criteria">{t('groupReport.criteria')}</h2>
            <LevelChart
              titleId="gr-criteria-chart"
              title={t('groupReport.criteriaChart')}
              rows={report.criteria.map((c) => ({ id: c.criterionId, name: criterionName(criteria, c.criterionId), counts: c.counts }))}
            />
            <DataTable
              caption={t('groupReport.criteriaTable')}
              rows={report.criteria}
              rowKey={(c) => c.criterionId}
              rowProps={(c) => ({ 'data-criterion': c.criterionId })}
              columns={[
                { title: t('groupReport.criterion'), rowHeader: true, cell: (c) => criterionName(criteria, c.criterionId) },
                ...LEVELS.map((level) => ({ title: t(ANSWER_LEVEL_TEXT[level]), className: 'num', cell: (c: (typeof report.criteria)[number]) => c.counts[level] ?? 0 })),
                { title: t('groupReport.median'), cell: (c) => levelText(c.median) },
              ]}
            />
          </section>

          <section className="card" aria-labelledby="gr-elements">
            <h2 id="gr-elements">{t('groupReport.elements')}</h2>
            <MeanChart
              titleId="gr-elements-chart"
              title={t('groupReport.elementsChart')}
              rows={report.elements.map((e) => ({ id: e.elementId, name: elementName(e.elementId), mean: e.mean, text: formatMean(e.mean, language) }))}
            />
            <DataTable
              caption={t('groupReport.elementsTable')}
              rows={report.elements}
              rowKey={(e) => e.elementId}
              columns={[
                { title: t('groupReport.element'), rowHeader: true, cell: (e) => elementName(e.elementId) },
                { title: t('groupReport.mean'), className: 'num', cell: (e) => formatMean(e.mean, language) },
                ...(school
                  ? [{ title: t('groupReport.ownMean'), className: 'num', cell: (e: GroupReport['elements'][number]) => formatMean(e.ownMean ?? null, language) }]
                  : []),
              ]}
            />
          </section>

          <section className="card" aria-labelledby="gr-focus">
            <h2 id="gr-focus">{t('groupReport.focusPoints')}</h2>
            <p>{t('groupReport.focusRule')}</p>
            {report.focusPoints.length === 0 ? (
              <EmptyState>{t('groupReport.noFocus')}</EmptyState>
            ) : (
              <ol data-testid="gr-focus">
                {report.focusPoints.map((f) => (
                  <li key={f.criterionId}>
                    {criterionName(criteria, f.criterionId)}{' '}
                    <span className="muted">
                      ({t('groupReport.focusMeta', { median: levelText(f.median), spread: f.spread })})
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section className="card" aria-labelledby="gr-labels">
            <h2 id="gr-labels">{t('groupReport.labels')}</h2>
            <DataTable
              caption={t('groupReport.labels')}
              rows={[...LABEL_ESTIMATES]}
              rowKey={(l) => l}
              columns={[
                { title: t('groupReport.label'), rowHeader: true, cell: (l) => t(LABEL_TEXT[l]) },
                { title: t('groupReport.estimated'), className: 'num', cell: (l) => report.labels.estimated[l] ?? 0 },
                { title: t('groupReport.decided'), className: 'num', cell: (l) => report.labels.decided[l] ?? 0 },
              ]}
            />
          </section>

          {report.progress.some((r) => r.compared > 0) && (
            <section className="card" aria-labelledby="gr-progress">
              <h2 id="gr-progress">{t('groupReport.progress')}</h2>
              <p>{t('groupReport.progressIntro')}</p>
              <DataTable
                caption={t('groupReport.progress')}
                rows={report.progress}
                rowKey={(r) => r.criterionId}
                columns={[
                  { title: t('groupReport.criterion'), rowHeader: true, cell: (r) => criterionName(criteria, r.criterionId) },
                  { title: t('groupReport.meanChange'), className: 'num', cell: (r) => formatChange(r.meanChange, language) },
                  { title: t('groupReport.improved'), className: 'num', cell: (r) => t('groupReport.improvedOf', { improved: r.improved, compared: r.compared }) },
                ]}
              />
            </section>
          )}

          {organiser && report.schoolTable && (
            <SchoolTable report={report} criteria={criteria} measurement={measurement} levelText={levelText} />
          )}
        </>
      )}
      <p>
        <Link to={`/programmes/${encodeURIComponent(String(report.programmeId))}/sessions`}>{t('sessions.link')}</Link>
      </p>
    </>
  );
}

/**
 * The organisers' levels per school: a page at a time from the server (`group-report/schools`), searched by
 * name, filtered by submission and label estimate, sorted by name or estimate.
 */
function SchoolTable({
  report,
  criteria,
  measurement,
  levelText,
}: {
  report: GroupReport;
  criteria: Map<string, CriterionInfo>;
  measurement: MeasurementKind;
  levelText: (level: string | null | undefined) => string;
}) {
  const { t } = useI18n();
  const list = usePagedList<GroupReportSchools>(
    (query) => networkApi.groupReportSchools(report.programmeId, measurement, pageParams(query)),
    { sort: 'name', filters: { estimate: '' } },
    [report.programmeId, measurement],
  );
  if (list.state.status !== 'ready') return <LoadStatus state={list.state} onRetry={list.reload} />;
  const answer = list.state.data;
  const option = (e: SchoolEstimate) => (e === 'notSubmitted' ? t('groupReport.notSubmitted') : t(LABEL_TEXT[e]));
  return (
    <section className="card" aria-labelledby="gr-per-school" data-testid="gr-per-school">
      <h2 id="gr-per-school">{t('groupReport.perSchool')}</h2>
      <PagedTable
        id="gr-schools"
        list={list}
        answer={answer}
        rows={answer.schools}
        caption={t('groupReport.perSchool')}
        rowKey={(s) => s.organisationId}
        searchLabel={t('groupReport.searchSchool')}
        empty={t('groupReport.noSchools')}
        columns={[
          { title: t('groupReport.school'), rowHeader: true, sort: 'name', cell: (s) => s.name },
          { title: t('groupReport.estimate'), sort: 'estimate', cell: (s) => (s.estimate ? t(LABEL_TEXT[s.estimate]) : '–') },
          ...report.criteria.map(
            (c): Column<GroupReportSchool> => ({
              title: <abbr title={criterionName(criteria, c.criterionId)}>{c.criterionId}</abbr>,
              cell: (s) => levelText(s.levels[c.criterionId]),
            }),
          ),
        ]}
        filters={
          <CountedFilter
            id="gr-schools-estimate"
            label={t('groupReport.estimate')}
            value={list.query.filters.estimate ?? ''}
            onChange={(v) => list.setFilter('estimate', v)}
            counts={answer.counts.estimate}
            allLabel={t('groupReport.allSchools')}
            options={SCHOOL_ESTIMATES.map((e) => ({ value: e, label: option(e) }))}
          />
        }
      />
    </section>
  );
}

const SCHOOL_ESTIMATES: readonly SchoolEstimate[] = ['notSubmitted', ...LABEL_ESTIMATES];

function WhereYouStand({
  report,
  criteria,
  levelText,
}: {
  report: GroupReport;
  criteria: Map<string, CriterionInfo>;
  levelText: (level: string | null) => string;
}) {
  const { t } = useI18n();
  const tally = standingTally(report.criteria);
  return (
    <section className="card" aria-labelledby="gr-stand" data-testid="gr-stand">
      <h2 id="gr-stand">{t('groupReport.whereYouStand')}</h2>
      <p>{t('groupReport.standSummary', tally)}</p>
      <DataTable
        caption={t('groupReport.whereYouStand')}
        rows={report.criteria}
        rowKey={(c) => c.criterionId}
        columns={[
          { title: t('groupReport.criterion'), rowHeader: true, cell: (c) => criterionName(criteria, c.criterionId) },
          { title: t('groupReport.yourLevel'), cell: (c) => levelText(c.ownLevel) },
          { title: t('groupReport.median'), cell: (c) => levelText(c.median) },
          {
            title: t('groupReport.comparison'),
            cell: (c) => {
              const s = standing(c.ownLevel, c.median);
              return s ? <span className={`standing standing--${s}`}>{t(STANDING_TEXT[s])}</span> : '–';
            },
          },
        ]}
      />
    </section>
  );
}
