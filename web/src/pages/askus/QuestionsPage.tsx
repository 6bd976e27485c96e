import { Link, useSearchParams } from 'react-router';
import { QUESTION_STATUSES, questionsApi } from '../../api/questions';
import type { MonthStats, Question, QuestionFilter, QuestionList, QuestionStatus } from '../../api/questions';
import { CountedFilter } from '../../components/CountedFilter';
import { DataTable } from '../../components/DataTable';
import type { Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { LoadStatus } from '../../components/LoadStatus';
import { Page } from '../../components/Page';
import { PagedTable } from '../../components/PagedTable';
import { useLoad } from '../../components/useLoad';
import { pageParams, usePagedList } from '../../components/usePagedList';
import type { PagedList } from '../../components/usePagedList';
import { useI18n } from '../../i18n';
import { localMomentShort, monthText, shareText, STATUS_TEXT, timeLeftText, TOPIC_TEXT, urgency } from './logic';
import '../../styles/askus.css';

const FILTERS: QuestionFilter[] = ['open', ...QUESTION_STATUSES];

function isFilter(value: string | null): value is QuestionFilter {
  return value !== null && (FILTERS as string[]).includes(value);
}

/**
 * `/organiser/questions`: the organisers' inbox a page at a time from the server, sorted by due time, with
 * time left, and the statistics. `?status=` chooses the first filter (e.g. a link to the open questions).
 */
export function QuestionsPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const raw = params.get('status');
  const list = usePagedList<QuestionList>((query) => questionsApi.list(pageParams(query)), {
    sort: 'inbox',
    filters: { status: isFilter(raw) ? raw : '' },
  });

  const title = t('inbox.title');
  return (
    <Page className="askus-page" title={title}>
      <p className="lead">{t('inbox.intro')}</p>
      {list.state.status !== 'ready' ? <LoadStatus state={list.state} onRetry={list.reload} /> : <Inbox list={list} answer={list.state.data} />}
      <StatsSection />
    </Page>
  );
}

function Inbox({ list, answer }: { list: PagedList<QuestionList>; answer: QuestionList }) {
  const { t } = useI18n();
  const counts = answer.counts.status;
  const columns: Column<Question>[] = [
    {
      title: t('inbox.col.asker'),
      rowHeader: true,
      sort: 'name',
      cell: (q) => (
        <>
          <Link to={`/organiser/questions/${encodeURIComponent(String(q.id))}`}>{q.name}</Link>
          {q.organisation && <span className="muted"> ({q.organisation})</span>}
        </>
      ),
    },
    { title: t('inbox.col.topic'), cell: (q) => t(TOPIC_TEXT[q.topic]) },
    { title: t('inbox.col.received'), sort: 'receivedAt', cell: (q) => localMomentShort(q.receivedAt) },
    { title: t('inbox.col.due'), sort: 'dueAt', cell: (q) => localMomentShort(q.dueAt) },
    {
      title: t('inbox.col.timeLeft'),
      sort: 'inbox',
      cell: (q) => <span className={`time-left time-left--${urgency(q)}`}>{timeLeftText(t, q.secondsLeft)}</span>,
    },
    { title: t('inbox.col.status'), sort: 'status', cell: (q) => t(STATUS_TEXT[q.status]) },
    { title: t('inbox.col.takenBy'), cell: (q) => q.takenBy?.name ?? '–' },
  ];
  return (
    <PagedTable
      id="questions"
      list={list}
      answer={answer}
      rows={answer.questions}
      caption={t('inbox.caption')}
      columns={columns}
      rowKey={(q) => q.id}
      rowProps={(q) => ({ 'data-question': q.id, 'data-urgency': urgency(q) })}
      searchLabel={t('inbox.search')}
      searchHint={t('inbox.searchHint')}
      empty={t('inbox.empty')}
      filters={
        <CountedFilter
          id="status-filter"
          label={t('inbox.filter')}
          value={list.query.filters.status ?? ''}
          onChange={(v) => list.setFilter('status', v)}
          counts={{ ...counts, open: (counts.new ?? 0) + (counts.taken ?? 0) }}
          total={QUESTION_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0)}
          options={FILTERS.map((f) => ({ value: f, label: f === 'open' ? t('inbox.filter.open') : t(STATUS_TEXT[f as QuestionStatus]) }))}
        />
      }
    />
  );
}

function StatsSection() {
  const { t, language } = useI18n();
  const { state, reload } = useLoad(() => questionsApi.stats(), []);
  const columns: Column<MonthStats>[] = [
    { title: t('inbox.stats.month'), rowHeader: true, cell: (m) => monthText(m.month, language) },
    { title: t('inbox.stats.received'), cell: (m) => m.received, className: 'num' },
    { title: t('inbox.stats.answered'), cell: (m) => m.answered, className: 'num' },
    { title: t('inbox.stats.onTime'), cell: (m) => m.onTime, className: 'num' },
    { title: t('inbox.stats.share'), cell: (m) => shareText(m.shareOnTime, language), className: 'num' },
  ];
  return (
    <section className="card" aria-labelledby="stats-title">
      <h2 id="stats-title">{t('inbox.statsTitle')}</h2>
      <p>{t('inbox.statsIntro')}</p>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (state.data.months.length === 0 ? (
          <EmptyState>{t('inbox.statsEmpty')}</EmptyState>
        ) : (
          <DataTable caption={t('inbox.statsTitle')} columns={columns} rows={state.data.months} rowKey={(m) => m.month} />
        ))}
    </section>
  );
}
