import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api } from '../../api';
import { networkApi } from '../../api/network';
import type { Id, Session } from '../../api/network';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import { Page } from '../../components/Page';
import { ProgrammeRoleNav } from '../organiser/ProgrammeNav';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { ProgrammeState } from '../programmes/ProgrammeState';
import { useProgramme } from '../programmes/useProgramme';
import { CalendarFeed } from './CalendarFeed';
import { MyGroups } from './MyGroups';
import { brusselsNow, splitSessions } from './logic';
import { SessionCard } from './SessionCard';
import { SessionForm } from './SessionForm';
import '../../styles/network.css';

/** True when the signed-in user organises programme `id`. */
export function useIsOrganiser(id: Id | undefined): boolean {
  const { me } = useSession();
  return (me?.programmes ?? []).some((p) => String(p.id) === String(id) && p.role === 'organiser');
}

/** What an organiser can pick in the session form: the programme's schools and working groups. */
export function useSessionChoices(programmeId: Id | undefined, organiser: boolean) {
  const [choices, setChoices] = useState<{ schools: { id: Id; name: string }[]; groups: { id: Id; title: string }[] }>({
    schools: [],
    groups: [],
  });
  useEffect(() => {
    if (!organiser || programmeId === undefined) return;
    let live = true;
    Promise.all([
      api.progress(programmeId).then((p) => p.rows.map((r) => ({ id: r.organisationId, name: r.name })), () => []),
      networkApi.workingGroups(programmeId).then((g) => g.groups.map((x) => ({ id: x.id, title: x.title })), () => []),
    ]).then(([schools, groups]) => live && setChoices({ schools, groups }));
    return () => {
      live = false;
    };
  }, [programmeId, organiser]);
  return choices;
}

/** `/programmes/:id/sessions`: upcoming and past sessions, registration, the calendar feed; organisers add sessions. */
export function SessionsPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const { load, reload: reloadProgramme } = useProgramme(id);
  const { state, reload, setData } = useLoad(() => networkApi.sessions(id ?? ''), [id]);
  const organiser = useIsOrganiser(id);
  const choices = useSessionChoices(id, organiser);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  // The title of a session just deleted on its own page (SessionPage navigates here with it).
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;

  if (load.status !== 'ready') return <ProgrammeState load={load} retry={reloadProgramme} />;
  const now = brusselsNow();
  const title = t('sessions.title');

  const replace = (session: Session) => {
    if (state.status !== 'ready') return;
    setData({ sessions: state.data.sessions.map((s) => (String(s.id) === String(session.id) ? session : s)) });
  };

  const done = created ?? (deleted ? t('sessions.deleted', { title: deleted }) : null);
  const { upcoming, past } = state.status === 'ready' ? splitSessions(state.data.sessions, now) : { upcoming: [], past: [] };
  return (
    <Page
      className="network-page"
      title={title}
      about={load.programme.name}
      nav={<ProgrammeRoleNav programme={load.programme} />}
    >
      <p className="lead">{t('sessions.intro')}</p>
      <p>
        <Link to={`/programmes/${encodeURIComponent(String(load.programme.id))}/group-report`}>{t('groupReport.link')}</Link>
        {' · '}
        <Link to="/resources">{t('resources.link')}</Link>
      </p>

      {organiser &&
        (creating ? (
          <section className="card">
            <SessionForm
              schools={choices.schools}
              groups={choices.groups}
              onCancel={() => setCreating(false)}
              onSave={async (input) => {
                const session = await networkApi.createSession(load.programme.id, input);
                setCreating(false);
                setCreated(t('sessions.createdNow', { title: session.title }));
                reload();
              }}
            />
          </section>
        ) : (
          <p>
            <Button onClick={() => setCreating(true)}>{t('sessions.new')}</Button>
          </p>
        ))}
      <NoticeArea notice={done ? { text: done, error: false } : null} />

      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <>
          <section aria-labelledby="upcoming-title">
            <h2 id="upcoming-title">{t('sessions.upcoming')}</h2>
            {upcoming.length === 0 ? (
              <EmptyState>{t('sessions.noUpcoming')}</EmptyState>
            ) : (
              <ul className="session-list" data-testid="upcoming">
                {upcoming.map((s) => (
                  <SessionCard key={s.id} session={s} now={now} onChanged={replace} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="past-title">
            <h2 id="past-title">{t('sessions.past')}</h2>
            {past.length === 0 ? (
              <EmptyState>{t('sessions.noPast')}</EmptyState>
            ) : (
              <ul className="session-list" data-testid="past">
                {past.map((s) => (
                  <SessionCard key={s.id} session={s} now={now} onChanged={replace} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      {!organiser && <MyGroups programmeId={load.programme.id} />}
      <CalendarFeed />
    </Page>
  );
}
