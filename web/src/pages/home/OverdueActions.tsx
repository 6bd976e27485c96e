import { Link } from 'react-router';
import type { HomeOverdueAction } from '../../api/home';
import { formatDay } from '../../components/dates';
import { useI18n } from '../../i18n';
import { dueText } from './todoTexts';
import '../../styles/plan.css';
import { StatusTag } from '../../components/StatusTag';

/**
 * A school's overdue plan actions on its home card (from GET /api/me/home, the user's own first as the server
 * orders them), each linked to the plan with how late it is. Nothing when there are none.
 */
export function OverdueActions({ actions, planPath }: { actions: HomeOverdueAction[]; planPath: string }) {
  const { t, language } = useI18n();
  if (actions.length === 0) return null;
  return (
    <li className="todo__item todo__item--warning" data-testid="overdue-actions">
      <span className="todo__label">
        {t('home.overdueTitle', { count: actions.length })}
      </span>
      <ul className="overdue-list">
        {actions.map((a) => (
          <li key={String(a.actionId)} data-action={a.actionId}>
            <Link to={planPath}>{a.title}</Link>{' '}
            <span className="muted">
              ({t('home.overdueMeta', { goal: a.goalTitle, due: formatDay(a.dueOn, language) })}
              {a.own ? `, ${t('plan.overdueCard.own')}` : a.ownerName ? `, ${a.ownerName}` : ''})
            </span>{' '}
            <StatusTag tone="problem">{dueText(t, -a.daysLate)}</StatusTag>
          </li>
        ))}
      </ul>
    </li>
  );
}
