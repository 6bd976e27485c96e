import { Link } from 'react-router';
import type { Home } from '../../api/home';
import { useI18n } from '../../i18n';
import { dueText } from './todoTexts';
import { StatusTag } from '../../components/StatusTag';

type ReviewerHome = NonNullable<Home['reviewer']>;

/**
 * The label applications in review assigned to the reviewer: how many (and how many past their due date), the
 * first ones earliest due first, each linked to its review, and the whole board.
 */
export function ReviewerToDos({ data }: { data: ReviewerHome }) {
  const { t } = useI18n();
  return (
    <>
      {data.total === 0 ? (
        <p data-testid="reviews-empty">{t('home.rev.none')}</p>
      ) : (
        <>
          <p className={data.overdue > 0 ? 'todo__warning' : undefined}>
            {t('home.rev.waiting', { count: data.total })}
            {data.overdue > 0 &&
              ` (${t('home.org.labelOverdue', { count: data.overdue })})`}
          </p>
          <ul className="todo__list" data-testid="reviews">
            {data.reviews.map((r) => {
              const late = r.daysLeft !== null && r.daysLeft < 0;
              return (
                <li key={r.applicationId} className={`todo__item${late ? ' todo__item--warning' : ''}`}>
                  <Link to={`/reviews/${r.applicationId}`}>{t('home.rev.item', { school: r.organisationName, programme: r.programmeName })}</Link>{' '}
                  {late ? (
                    <StatusTag tone="problem">{dueText(t, r.daysLeft!)}</StatusTag>
                  ) : (
                    <span className="muted">{r.daysLeft === null ? t('home.rev.noDue') : dueText(t, r.daysLeft)}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p>
        <Link to="/reviews">{t('home.reviewsLink')}</Link>
      </p>
    </>
  );
}
