import type { Home } from '../../api/home';
import type { Role } from '../../api';
import type { Loaded } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { JuryToDos } from './JuryToDos';
import { MentorToDos } from './MentorToDos';
import { OrganiserToDos } from './OrganiserToDos';
import { ReviewerToDos } from './ReviewerToDos';
import { SchoolToDos } from './SchoolToDos';
import { Button } from '../../components/Button';

/**
 * What is next for one role, from GET /api/me/home. While it loads, a loading line; when it cannot be read, the
 * role's general advice (`fallback`) and a retry, so the home never depends on it.
 */
export function RoleToDos({ role, state, reload, fallback }: { role: Role; state: Loaded<Home>; reload: () => void; fallback: MessageKey }) {
  const { t } = useI18n();
  if (state.status === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (state.status === 'error')
    return (
      <>
        <h3>{t('home.next')}</h3>
        <p>{t(fallback)}</p>
        <p className="muted" data-testid="todo-failed">
          {t('home.todo.failed')}{' '}
          <Button variant="secondary" size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        </p>
      </>
    );
  const home = state.data;
  switch (role) {
    case 'coordinator':
    case 'team_member': {
      const entries = home.schools.filter((s) => s.role === role);
      // A school that takes part in no programme yet: the general advice.
      return entries.length > 0 ? <SchoolToDos entries={entries} /> : <p>{t(fallback)}</p>;
    }
    case 'mentor':
      return <MentorToDos schools={home.mentor?.schools ?? []} />;
    case 'organiser':
      return home.organiser ? <OrganiserToDos data={home.organiser} /> : <p>{t(fallback)}</p>;
    case 'reviewer':
      return (
        <>
          <h3>{t('home.next')}</h3>
          <ReviewerToDos data={home.reviewer ?? { total: 0, overdue: 0, reviews: [] }} />
        </>
      );
    case 'jury':
      return (
        <>
          <h3>{t('home.next')}</h3>
          <JuryToDos rounds={home.jury?.rounds ?? []} />
        </>
      );
    default:
      return <p>{t(fallback)}</p>;
  }
}
