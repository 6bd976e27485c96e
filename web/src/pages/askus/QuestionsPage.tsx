import { Link, useSearchParams } from 'react-router';
import { QUESTION_STATUSES, questionsApi } from '../../api/questions';
import type { MonthStats, Question, QuestionFilter } from '../../api/questions';
import { DataTable } from '../../components/DataTable';
import type { Column } from '../../components/DataTable';
import { LoadStatus } from '../../components/LoadStatus';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/fields';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { localMomentShort, monthText, shareText, STATUS_TEXT, timeLeftText, TOPIC_TEXT, urgency } from './logic';
import '../../styles/askus.css';

const FILTERS: QuestionFilter[] = ['', 'open', ...QUESTION_STATUSES];

function isFilter(value: string | null): value is QuestionFilter {
  return value !== null && (FILTERS as string[]).includes(value);
}

/** `/organiser/questions`: the organisers' inbox sorted by due time, with time left, and the statistics. */
export function QuestionsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const filter: QuestionFilter = isFilter(raw) ? raw : '';
  const { state, reload } = useLoad(() => questionsApi.list(filter), [filter]);

  const title = t('inbox.title');
  const filterLabel = (f: QuestionFilter) =>
    f === '' ? t('inbox.filter.all') : f === 'open' ? t('inbox.filter.open') : t(STATUS_TEXT[f]);
  return (
    <div className="askus-page">
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{t('inbox.intro')}</p>
      <div className="filters">
        <SelectField
          id="status-filter"
          label={t('inbox.filter')}
          value={filter}
          onChange={(v) => setParams(v ? { status: v } : {})}
          options={FILTERS.map((f) => ({ value: f, label: filterLabel(f) }))}
          inline
        />
      </div>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (state.data.questions.length === 0 ? (
          <p>{t('inbox.empty')}</p>
        ) : (
          <InboxTable questions={state.data.questions} />
        ))}
      <StatsSection />
    </div>
  );
}

function InboxTable({ questions }: { questions: Question[] }) {
  const { t } = useI18n();
  const columns: Column<Question>[] = [
    {
      title: t('inbox.col.asker'),
      rowHeader: true,
      cell: (q) => (
        <>
          <Link to={`/organiser/questions/${encodeURIComponent(String(q.id))}`}>{q.name}</Link>
          {q.organisation && <span className="muted"> ({q.organisation})</span>}
        </>
      ),
    },
    { title: t('inbox.col.topic'), cell: (q) => t(TOPIC_TEXT[q.topic]) },
    { title: t('inbox.col.received'), cell: (q) => localMomentShort(q.receivedAt) },
    { title: t('inbox.col.due'), cell: (q) => localMomentShort(q.dueAt) },
    {
      title: t('inbox.col.timeLeft'),
      cell: (q) => <span className={`time-left time-left--${urgency(q)}`}>{timeLeftText(t, q.secondsLeft)}</span>,
    },
    { title: t('inbox.col.status'), cell: (q) => t(STATUS_TEXT[q.status]) },
    { title: t('inbox.col.takenBy'), cell: (q) => q.takenBy?.name ?? '–' },
  ];
  return (
    <DataTable
      caption={t('inbox.caption')}
      columns={columns}
      rows={questions}
      rowKey={(q) => q.id}
      rowProps={(q) => ({ 'data-question': q.id, 'data-urgency': urgency(q) })}
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
          <p>{t('inbox.statsEmpty')}</p>
        ) : (
          <DataTable caption={t('inbox.statsTitle')} columns={columns} rows={state.data.months} rowKey={(m) => m.month} />
        ))}
    </section>
  );
}
