import { Link } from 'react-router';
import { networkApi } from '../../api/network';
import type { Id } from '../../api/network';
import { EmptyState } from '../../components/EmptyState';
import { LoadStatus } from '../../components/LoadStatus';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';

/** A participant's working groups in the programme (with a link), and the other open groups by title. */
export function MyGroups({ programmeId }: { programmeId: Id }) {
  const { t } = useI18n();
  const { state, reload } = useLoad(() => networkApi.workingGroups(programmeId), [programmeId]);
  if (state.status === 'ready' && state.data.groups.length === 0) return null;
  const mine = state.status === 'ready' ? state.data.groups.filter((g) => g.member) : [];
  const open = state.status === 'ready' ? state.data.groups.filter((g) => !g.member && g.status === 'open') : [];
  return (
    <section className="card" aria-labelledby="my-groups-title" data-testid="my-groups">
      <h2 id="my-groups-title">{t('workingGroups.mine')}</h2>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <>
          {mine.length === 0 ? (
            <EmptyState>{t('workingGroups.noneMine')}</EmptyState>
          ) : (
            <ul>
              {mine.map((g) => (
                <li key={g.id}>
                  <Link to={`/working-groups/${encodeURIComponent(String(g.id))}`}>{g.title}</Link>
                </li>
              ))}
            </ul>
          )}
          {open.length > 0 && (
            <>
              <h3>{t('workingGroups.otherOpen')}</h3>
              <ul>
                {open.map((g) => (
                  <li key={g.id}>
                    {g.title}
                    {g.description && <span className="muted"> – {g.description}</span>}
                  </li>
                ))}
              </ul>
              <p className="muted">{t('workingGroups.askToJoin')}</p>
            </>
          )}
        </>
      )}
    </section>
  );
}
