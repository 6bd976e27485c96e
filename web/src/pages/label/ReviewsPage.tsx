import { Link } from 'react-router';
import { labelApi } from '../../api/label';
import type { ReviewBoard, ReviewItem } from '../../api/label';
import { formatDay } from '../../components/dates';
import { DataTable } from '../../components/DataTable';
import type { Column } from '../../components/DataTable';
import { LoadStatus } from '../../components/LoadStatus';
import { useLoad } from '../../components/useLoad';
import { Page } from '../../components/Page';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { brusselsToday } from '../measurement/texts';
import { isOverdue, LABEL_TEXT } from './logic';
import '../../styles/label.css';

const COLUMNS: { key: keyof ReviewBoard; title: MessageKey; empty: MessageKey }[] = [
  { key: 'due', title: 'reviews.due', empty: 'reviews.dueEmpty' },
  { key: 'assigned', title: 'reviews.assigned', empty: 'reviews.assignedEmpty' },
  { key: 'done', title: 'reviews.done', empty: 'reviews.doneEmpty' },
];

/** `/reviews`: the reviewer's applications: due soon (or overdue), assigned, and decided. */
export function ReviewsPage() {
  const { t } = useI18n();
  const { state, reload } = useLoad(() => labelApi.reviews(), []);

  const title = t('reviews.title');
  return (
    <Page title={title} className="label-page">
      <p className="lead">{t('reviews.intro')}</p>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        COLUMNS.map((column) => (
          <section key={column.key} aria-labelledby={`reviews-${column.key}`} className="card" data-column={column.key}>
            <h2 id={`reviews-${column.key}`}>
              {t(column.title)} <span className="muted">({state.data[column.key].length})</span>
            </h2>
            {state.data[column.key].length === 0 ? (
              <EmptyState>{t(column.empty)}</EmptyState>
            ) : (
              <BoardTable items={state.data[column.key]} caption={t(column.title)} done={column.key === 'done'} />
            )}
          </section>
        ))}
    </Page>
  );
}

function BoardTable({ items, caption, done }: { items: ReviewItem[]; caption: string; done: boolean }) {
  const { t, language } = useI18n();
  const today = brusselsToday();
  const columns: Column<ReviewItem>[] = [
    {
      title: t('reviews.school'),
      rowHeader: true,
      cell: (item) => (
        <Link to={`/reviews/${encodeURIComponent(String(item.applicationId))}`}>{item.organisationName}</Link>
      ),
    },
    { title: t('reviews.programme'), cell: (item) => item.programmeName },
    {
      title: done ? t('reviews.label') : t('reviews.dueOn'),
      cell: (item) =>
        done ? (
          item.decidedLabel ? t(LABEL_TEXT[item.decidedLabel]) : '–'
        ) : (
          <>
            {item.dueOn ? formatDay(item.dueOn, language) : '–'}
            {isOverdue(item.dueOn, today) && <span className="status--overdue"> {t('reviews.overdue')}</span>}
          </>
        ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={items}
      rowKey={(item) => item.applicationId}
      rowProps={(item) => ({ 'data-application': item.applicationId })}
    />
  );
}
