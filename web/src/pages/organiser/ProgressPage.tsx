import { useState } from 'react';
import { CountedFilter } from '../../components/CountedFilter';
import { Link } from 'react-router';
import { api, PHASE_STATUSES } from '../../api';
import type { PhaseKind, PhaseStatus, Programme, Progress, ProgressRow } from '../../api';
import { DataTable } from '../../components/DataTable';
import type { Column } from '../../components/DataTable';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import { formatCount, PagedTable } from '../../components/PagedTable';
import { SelectField } from '../../components/fields';
import { label, PHASE_STATUS_TEXT, PHASE_TEXT, PROVINCE_TEXT } from '../../components/enumLabels';
import { pageParams, usePagedList } from '../../components/usePagedList';
import { useI18n } from '../../i18n';
import { OrganiserFrame } from './OrganiserFrame';
import { brusselsToday, schoolPath } from '../measurement/texts';
import { RemoveSchool } from './RemoveSchool';

export function ProgressPage() {
  const { t } = useI18n();
  return <OrganiserFrame title={t('progress.title')}>{(programme) => <ProgressBoard programme={programme} />}</OrganiserFrame>;
}

/**
 * The progress board: the programme's schools a page at a time from the server (paged, sorted, searched and
 * filtered there), with the programme-wide figures per phase above it, computed over every school.
 */
function ProgressBoard({ programme }: { programme: Programme }) {
  const { t, language } = useI18n();
  const [removed, setRemoved] = useState<string | null>(null);
  const list = usePagedList<Progress>(
    (query) => api.progress(programme.id, pageParams(query)),
    { sort: 'name', filters: { phase: '', status: '' } },
    [programme.id],
  );

  if (list.state.status !== 'ready') return <LoadStatus state={list.state} onRetry={list.reload} />;
  const answer = list.state.data;
  const count = (n: number) => formatCount(language, n);
  const { q, sort, filters } = list.query;
  const fileFilter = { q: q.trim(), sort, phase: filters.phase ?? '', status: filters.status ?? '' };

  const columns: Column<ProgressRow>[] = [
    {
      title: t('progress.school'),
      rowHeader: true,
      sort: 'name',
      cell: (row) => <Link to={`${schoolPath(programme.id, row.organisationId)}/results?kind=baseline`}>{row.name}</Link>,
    },
    { title: t('register.institutionNumber'), sort: 'institutionNumber', cell: (row) => row.institutionNumber },
    { title: t('register.province'), sort: 'province', cell: (row) => label(t, PROVINCE_TEXT, row.province) },
    ...answer.phases.map(
      (kind): Column<ProgressRow> => ({
        title: label(t, PHASE_TEXT, kind),
        className: 'status',
        cell: (row) => {
          const s = row.phases[kind];
          return <span className={s ? `status status--${s}` : 'status'}>{s ? label(t, PHASE_STATUS_TEXT, s) : '–'}</span>;
        },
      }),
    ),
    { title: t('progress.submitted'), sort: 'progress', cell: (row) => submittedCount(row, answer.phases) },
  ];
  // After the programme's last phase a school that leaves can be removed (the server checks its own
  // extensions and other programmes, and says why not).
  const over = programme.phases.length > 0 && programme.phases.every((p) => p.closesOn < brusselsToday());
  if (over)
    columns.push({
      title: t('progress.remove.column'),
      cell: (row) => (
        <RemoveSchool
          programmeId={programme.id}
          schoolId={row.organisationId}
          schoolName={row.name}
          onRemoved={(name) => {
            setRemoved(name);
            list.reload();
          }}
        />
      ),
    });

  return (
    <div>
      <NoticeArea notice={removed ? { text: t('progress.remove.done', { name: removed }), error: false } : null} />
      <ProgressSummary answer={answer} count={count} />
      <p className="downloads">
        <a href={api.progressFileUrl(programme.id, 'csv', fileFilter)} download>
          {t('progress.downloadCsv')}
        </a>
        <a href={api.progressFileUrl(programme.id, 'xlsx', fileFilter)} download>
          {t('progress.downloadXlsx')}
        </a>
      </p>
      <PagedTable
        id="progress"
        list={list}
        answer={answer}
        rows={answer.rows}
        caption={t('progress.caption')}
        columns={columns}
        rowKey={(row) => row.organisationId}
        searchLabel={t('progress.search')}
        empty={t('progress.empty')}
        filters={
          <>
            <SelectField
              id="progress-phase"
              inline
              label={t('progress.phase')}
              value={filters.phase ?? ''}
              onChange={(v) => list.setFilter('phase', v)}
              options={[
                { value: '', label: t('progress.allPhases') },
                ...answer.phases.map((k) => ({ value: k, label: label(t, PHASE_TEXT, k) })),
              ]}
            />
            <CountedFilter
              id="progress-status"
              label={t('progress.status')}
              hint={t('progress.statusHint')}
              value={filters.status ?? ''}
              onChange={(v) => list.setFilter('status', v)}
              counts={answer.counts.status}
              allLabel={t('progress.allStatuses')}
              options={PHASE_STATUSES.map((s) => ({ value: s, label: label(t, PHASE_STATUS_TEXT, s) }))}
            />
          </>
        }
      />
    </div>
  );
}

function submittedCount(row: ProgressRow, phases: PhaseKind[]): number {
  return phases.filter((kind) => row.phases[kind] === 'submitted').length;
}

/** Schools per status of every phase, over the whole programme (the server counts them; no filter narrows them). */
function ProgressSummary({ answer, count }: { answer: Progress; count: (n: number) => string }) {
  const { t } = useI18n();
  const statuses: PhaseStatus[] = [...PHASE_STATUSES];
  return (
    <section aria-labelledby="progress-summary-title" className="progress-summary">
      <h2 id="progress-summary-title">{t('progress.summaryTitle', { count: answer.summary.schools })}</h2>
      <DataTable
        caption={t('progress.summaryCaption')}
        rows={answer.phases}
        rowKey={(kind) => kind}
        columns={[
          { title: t('progress.phase'), rowHeader: true, cell: (kind) => label(t, PHASE_TEXT, kind) },
          ...statuses.map(
            (s): Column<PhaseKind> => ({
              title: label(t, PHASE_STATUS_TEXT, s),
              cell: (kind) => count(answer.summary.phases[kind]?.[s] ?? 0),
            }),
          ),
        ]}
      />
    </section>
  );
}
