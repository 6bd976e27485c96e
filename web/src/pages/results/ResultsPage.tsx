import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, isApiError, MEASUREMENT_KINDS } from '../../api';
import type { MeasurementKind, Results, SurveyGroup } from '../../api';
import { PageLoading } from '../../components/PageLoading';
import { Page } from '../../components/Page';
import { SchoolNav } from '../../components/SchoolNav';
import { TableWrap } from '../../components/TableWrap';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import type { Translate } from '../../i18n';
import { ANSWER_LEVEL_TEXT, GROUP_TEXT, isMeasurementKind, KIND_TEXT, schoolPath, STATUS_TEXT } from '../measurement/texts';
import { estimateText } from './estimate';
import { RadarChart } from './RadarChart';
import '../../styles/navigation.css';
import { LoadFailed } from '../../components/LoadFailed';
import { EmptyState } from '../../components/EmptyState';

type Load =
  | { status: 'loading' }
  | { status: 'empty'; message: string }
  | { status: 'error'; message: string }
  | { status: 'ready'; results: Results };

const LEVEL_BY_RANK = ['not_yet', 'competent', 'proficient', 'expert'] as const;

function sourceName(t: Translate, source: string): string {
  if (source === 'self') return t('results.self');
  return source in GROUP_TEXT ? t(GROUP_TEXT[source as SurveyGroup]) : source;
}

function score(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : String(Math.round(value));
}

function signed(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  const rounded = Math.round(value);
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

/** `/programmes/:id/schools/:orgId/results?kind=`: the radar, the tables, the label estimate, downloads. */
export function ResultsPage() {
  const { t, language } = useI18n();
  const { id = '', orgId = '' } = useParams();
  const [params] = useSearchParams();
  const rawKind = params.get('kind');
  const kind: MeasurementKind = isMeasurementKind(rawKind) ? rawKind : 'baseline';
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    api.results(id, orgId, kind).then(
      (results) => live && setLoad({ status: 'ready', results }),
      (error) => {
        if (!live) return;
        // Not started yet: nothing went wrong, there is simply nothing to show.
        if (isApiError(error, 'results_not_started')) setLoad({ status: 'empty', message: generalMessage(t, error) });
        else setLoad({ status: 'error', message: generalMessage(t, error) });
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, orgId, kind, attempt]);

  const title = t('results.title', { kind: t(KIND_TEXT[kind]) });
  const base = schoolPath(id, orgId);

  return (
    <Page title={title} nav={<SchoolNav programmeId={id} organisationId={orgId} />} className="results-page">
      <nav className="segmented" aria-label={t('results.kindNav')}>
        <ul>
          {MEASUREMENT_KINDS.map((k) => (
            <li key={k}>
              <Link to={`${base}/results?kind=${k}`} aria-current={k === kind ? 'page' : undefined}>
                {t(KIND_TEXT[k])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        <Link to={`${base}/measurements/${kind}`}>{t('results.toMeasurement')}</Link>
      </p>

      {/* Like a page's code loading: the footer waits too, so the results arriving move nothing in view. */}
      {load.status === 'loading' && <PageLoading />}
      {load.status === 'empty' && <p className="notice">{load.message}</p>}
      {load.status === 'error' && (
        <LoadFailed message={load.message} onRetry={() => setAttempt((a) => a + 1)} />
      )}
      {load.status === 'ready' && <ResultsBody results={load.results} programmeId={id} organisationId={orgId} language={language} />}
    </Page>
  );
}

function ResultsBody({
  results,
  programmeId,
  organisationId,
  language,
}: {
  results: Results;
  programmeId: string;
  organisationId: string;
  language: 'nl' | 'en';
}) {
  const { t } = useI18n();
  const shown = results.groups.filter((g) => g.shown).map((g) => g.group);
  const names: Record<string, string> = {};
  for (const c of results.criteria) names[c.criterionId] = c.name;
  const elementNames: Record<string, string> = {};
  for (const e of results.elements) elementNames[e.elementId] = e.name;
  const estimate = estimateText(t, results.label, names);
  const series = [
    { label: t('results.self'), values: results.elements.map((e) => e.self) },
    ...shown.map((g) => ({ label: t(GROUP_TEXT[g]), values: results.elements.map((e) => e.groups[g] ?? null) })),
  ];

  return (
    <>
      <p className={results.measurementStatus === 'submitted' ? 'muted' : 'notice'}>
        {t('results.statusNote', { status: t(STATUS_TEXT[results.measurementStatus]) })}
        {results.measurementStatus !== 'submitted' && ` ${t('results.provisional')}`}
      </p>

      <section aria-labelledby="results-downloads" className="card">
        <h2 id="results-downloads">{t('results.downloads')}</h2>
        <ul className="links">
          <li>
            <a href={api.reportUrl(programmeId, organisationId, results.kind, language)} download>
              {t('results.reportPdf')}
            </a>
          </li>
          <li>
            <a href={api.answersXlsxUrl(programmeId, organisationId, results.kind)} download>
              {t('results.answersXlsx')}
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="results-estimate" className="card" data-testid="label-estimate">
        <h2 id="results-estimate">{t('results.estimateTitle')}</h2>
        <p>
          <strong>{estimate.reached}</strong>
        </p>
        {estimate.missing && <p>{estimate.missing}</p>}
        {estimate.lead && <p>{estimate.lead}</p>}
        {estimate.blockers.length > 0 && (
          <ul>
            {estimate.blockers.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="results-elements">
        <h2 id="results-elements">{t('results.elementsTitle')}</h2>
        <p className="muted">{t('results.scaleNote')}</p>
        <RadarChart
          labels={results.elements.map((e) => e.name)}
          series={series}
          summary={t('results.radarSummary', { count: results.elements.length, sources: series.map((s) => s.label).join(', ') })}
        />
        <TableWrap label={t('results.elementsCaption')}>
          <table className="table" data-testid="elements-table">
            <caption>{t('results.elementsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.element')}</th>
                <th scope="col">{t('results.self')}</th>
                {shown.map((g) => (
                  <th scope="col" key={g}>
                    {t(GROUP_TEXT[g])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {results.elements.map((e) => (
                <tr key={e.elementId}>
                  <th scope="row">{e.name}</th>
                  <td>{score(e.self)}</td>
                  {shown.map((g) => (
                    <td key={g}>{score(e.groups[g])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>

      <section aria-labelledby="results-groups">
        <h2 id="results-groups">{t('results.groupsTitle')}</h2>
        {results.groups.length === 0 ? (
          <EmptyState>{t('results.noSurveys')}</EmptyState>
        ) : (
          <ul>
            {results.groups.map((g) => (
              <li key={g.group}>
                {!g.shown
                  ? t('results.groupHidden', { group: t(GROUP_TEXT[g.group]), count: g.responses })
                  : g.counted < g.responses
                    ? t('results.groupPartly', { group: t(GROUP_TEXT[g.group]), count: g.responses, counted: g.counted, next: g.counted + 5 })
                    : t('results.groupShown', { group: t(GROUP_TEXT[g.group]), count: g.responses })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="results-divergent">
        <h2 id="results-divergent">{t('results.divergentTitle')}</h2>
        {results.divergent.length === 0 ? (
          <EmptyState>{t('results.noDivergence')}</EmptyState>
        ) : (
          <ul>
            {results.divergent.map((d) => (
              <li key={d.criterionId}>
                {t('results.divergentLine', {
                  name: names[d.criterionId] ?? d.criterionId,
                  spread: Math.round(d.spread),
                  high: sourceName(t, d.highest.source),
                  highValue: Math.round(d.highest.value),
                  low: sourceName(t, d.lowest.source),
                  lowValue: Math.round(d.lowest.value),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="results-criteria">
        <h2 id="results-criteria">{t('results.criteriaTitle')}</h2>
        {shown.length > 0 && <p className="muted">{t('results.surveyRule')}</p>}
        <TableWrap label={t('results.criteriaCaption')}>
          <table className="table" data-testid="criteria-table">
            <caption>{t('results.criteriaCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.criterion')}</th>
                <th scope="col">{t('results.level')}</th>
                <th scope="col">{t('results.comment')}</th>
                {shown.map((g) => (
                  <th scope="col" key={g}>
                    {t('results.groupMean', { group: t(GROUP_TEXT[g]) })}
                  </th>
                ))}
                <th scope="col">{t('results.divergence')}</th>
              </tr>
            </thead>
            <tbody>
              {results.criteria.map((c) => (
                <tr key={c.criterionId}>
                  <th scope="row">{c.name}</th>
                  <td>{c.level ? t(ANSWER_LEVEL_TEXT[c.level]) : t('measurement.noLevel')}</td>
                  <td>{c.comment}</td>
                  {shown.map((g) => {
                    const m = c.groups[g];
                    return (
                      <td key={g}>
                        {m ? m.mean.toLocaleString(language === 'nl' ? 'nl-BE' : 'en-GB', { maximumFractionDigits: 1 }) : '–'}
                      </td>
                    );
                  })}
                  <td>{score(c.divergence)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>

      {results.comparison && (
        <section aria-labelledby="results-comparison">
          <h2 id="results-comparison">{t('results.comparisonTitle')}</h2>
          <TableWrap label={t('results.comparisonElements')}>
            <table className="table" data-testid="comparison-table">
              <caption>{t('results.comparisonElements')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.element')}</th>
                  <th scope="col">{t('measurement.kind.baseline')}</th>
                  <th scope="col">{t('measurement.kind.final')}</th>
                  <th scope="col">{t('results.change')}</th>
                </tr>
              </thead>
              <tbody>
                {results.comparison.elements.map((e) => (
                  <tr key={e.elementId}>
                    <th scope="row">{elementNames[e.elementId] ?? e.elementId}</th>
                    <td>{score(e.baseline)}</td>
                    <td>{score(e.final)}</td>
                    <td>{signed(e.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <TableWrap label={t('results.comparisonCriteria')}>
            <table className="table">
              <caption>{t('results.comparisonCriteria')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.criterion')}</th>
                  <th scope="col">{t('measurement.kind.baseline')}</th>
                  <th scope="col">{t('measurement.kind.final')}</th>
                  <th scope="col">{t('results.change')}</th>
                </tr>
              </thead>
              <tbody>
                {results.comparison.criteria.map((c) => (
                  <tr key={c.criterionId}>
                    <th scope="row">{names[c.criterionId] ?? c.criterionId}</th>
                    <td>{rankName(t, c.baseline)}</td>
                    <td>{rankName(t, c.final)}</td>
                    <td>{signed(c.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      )}
    </>
  );
}

function rankName(t: Translate, rank: number | null): string {
  if (rank === null || rank === undefined) return '–';
  const level = LEVEL_BY_RANK[Math.round(rank)];
  return level ? t(ANSWER_LEVEL_TEXT[level]) : String(rank);
}
