import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { labelApi } from '../../api/label';
import type { ReviewBoard, ReviewItem } from '../../api/label';
import { formatDay } from '../../components/dates';
import { generalMessage } from '../../components/formErrors';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { TableWrap } from '../../components/TableWrap';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { brusselsToday } from '../measurement/texts';
import { isOverdue, LABEL_TEXT } from './logic';
import '../../styles/label.css';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; board: ReviewBoard };

const COLUMNS: { key: keyof ReviewBoard; title: MessageKey; empty: MessageKey }[] = [
  { key: 'due', title: 'reviews.due', empty: 'reviews.dueEmpty' },
  { key: 'assigned', title: 'reviews.assigned', empty: 'reviews.assignedEmpty' },
  { key: 'done', title: 'reviews.done', empty: 'reviews.doneEmpty' },
];

/** `/reviews`: the reviewer's applications: due soon (or overdue), assigned, and decided. */
export function ReviewsPage() {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    labelApi.reviews().then(
      (board) => live && setLoad({ status: 'ready', board }),
      (error) => live && setLoad({ status: 'error', message: generalMessage(t, error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);

  const title = t('reviews.title');
  return (
    <div className="label-page">
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{t('reviews.intro')}</p>
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
        COLUMNS.map((column) => (
          <section key={column.key} aria-labelledby={`reviews-${column.key}`} className="card" data-column={column.key}>
            <h2 id={`reviews-${column.key}`}>
              {t(column.title)} <span className="muted">({load.board[column.key].length})</span>
            </h2>
            {load.board[column.key].length === 0 ? (
              <p>{t(column.empty)}</p>
            ) : (
              <BoardTable items={load.board[column.key]} caption={t(column.title)} done={column.key === 'done'} />
            )}
          </section>
        ))}
    </div>
  );
}

function BoardTable({ items, caption, done }: { items: ReviewItem[]; caption: string; done: boolean }) {
  const { t, language } = useI18n();
  const today = brusselsToday();
  return (
    <TableWrap label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reviews.school')}</th>
            <th scope="col">{t('reviews.programme')}</th>
            <th scope="col">{done ? t('reviews.label') : t('reviews.dueOn')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={String(item.applicationId)} data-application={item.applicationId}>
              <th scope="row">
                <Link to={`/reviews/${encodeURIComponent(String(item.applicationId))}`}>{item.organisationName}</Link>
              </th>
              <td>{item.programmeName}</td>
              <td>
                {done ? (
                  item.decidedLabel ? t(LABEL_TEXT[item.decidedLabel]) : '–'
                ) : (
                  <>
                    {item.dueOn ? formatDay(item.dueOn, language) : '–'}
                    {isOverdue(item.dueOn, today) && <span className="status--overdue"> {t('reviews.overdue')}</span>}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
