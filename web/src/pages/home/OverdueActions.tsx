import { Link } from 'react-router';
import { planApi } from '../../api/plan';
import type { OverdueAction } from '../../api/plan';
import { formatDay } from '../../components/dates';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { brusselsToday, schoolPath } from '../measurement/texts';
import { daysUntil } from '../plan/logic';
import '../../styles/plan.css';

/**
 * The school home's card of overdue actions (`GET /api/me/overdue-actions`: the user's own first).
 * Nothing is shown while loading, when the list is empty or when it cannot be read: the home page
 * does not depend on it.
 */
export function OverdueActions() {
  const { t, language } = useI18n();
  const { state } = useLoad(() => planApi.overdue(), []);
  if (state.status !== 'ready' || state.data.actions.length === 0) return null;
  const today = brusselsToday();
  const actions = state.data.actions;

  return (
    <section className="card card--warning" aria-labelledby="overdue-title" data-testid="overdue-actions">
      <h2 id="overdue-title">{t('plan.overdueCard.title', { count: actions.length })}</h2>
      <p>{t('plan.overdueCard.intro')}</p>
      <ul className="overdue-list">
        {actions.map((a: OverdueAction) => {
          const late = Math.max(0, -daysUntil(a.dueOn, today));
          return (
            <li key={String(a.actionId)} data-action={a.actionId}>
              <Link to={`${schoolPath(a.programmeId, a.organisationId)}/plan`}>{a.title}</Link>{' '}
              <span className="muted">
                ({t('plan.overdueCard.meta', { goal: a.goalTitle, school: a.organisationName ?? '', due: formatDay(a.dueOn, language) })}
                {a.own ? `, ${t('plan.overdueCard.own')}` : a.ownerName ? `, ${a.ownerName}` : ''})
              </span>{' '}
              <span className="badge badge--overdue">{t('plan.due.late', { count: late })}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
