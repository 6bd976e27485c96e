import { useState } from 'react';
import { networkApi } from '../../api/network';
import type { Participant, ParticipantList, Session } from '../../api/network';
import { CountedFilter } from '../../components/CountedFilter';
import type { Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { generalMessage } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { PagedTable } from '../../components/PagedTable';
import { pageParams, usePagedList } from '../../components/usePagedList';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { useI18n } from '../../i18n';
import { attendanceOpen } from './logic';
import { PARTICIPANT_STATUS_TEXT } from './texts';

/**
 * The organiser's participant list, a page at a time from the server (registered first, then the waitlist).
 * Once the session has started, ticking a registered participant saves their attendance at once and
 * updates that row and the count from the answer, without fetching the list again.
 */
export function Participants({ session, now }: { session: Session; now: string }) {
  const { t } = useI18n();
  const list = usePagedList<ParticipantList>((query) => networkApi.participants(session.id, pageParams(query)), {
    sort: 'queue',
    filters: { status: '' },
  }, [session.id]);
  const [notice, setNotice] = useState<Notice | null>(null);
  // Ticks sent and not answered yet: the box shows them at once, the answer's row replaces them.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const open = attendanceOpen(session, now);

  const mark = async (p: Participant, attended: boolean) => {
    setNotice(null);
    const key = String(p.userId);
    setPending((current) => ({ ...current, [key]: attended }));
    try {
      const row = await networkApi.saveOneAttendance(session.id, p.userId, attended);
      list.update((current) => ({
        ...current,
        participants: current.participants.map((x) => (String(x.userId) === String(row.userId) ? row : x)),
        counts: { ...current.counts, attended: Math.max(0, current.counts.attended + (row.attended ? 1 : 0) - (p.attended ? 1 : 0)) },
      }));
      setNotice({ text: t('sessions.attendanceSaved'), error: false });
    } catch (e) {
      setNotice({ text: generalMessage(t, e), error: true });
    } finally {
      setPending(({ [key]: _, ...rest }) => rest);
    }
  };

  const columns: Column<Participant>[] = [
    { title: t('sessions.participantName'), rowHeader: true, sort: 'name', cell: (p) => p.name },
    { title: t('sessions.organisation'), sort: 'organisation', cell: (p) => p.organisationName },
    {
      title: t('sessions.participantStatus'),
      sort: 'queue',
      cell: (p) =>
        p.status === 'waitlisted' && p.position ? t('sessions.youAreWaitlisted', { position: p.position }) : t(PARTICIPANT_STATUS_TEXT[p.status]),
    },
    {
      title: t('sessions.attended'),
      cell: (p) =>
        open && p.status === 'registered' ? (
          <input
            type="checkbox"
            aria-label={t('sessions.attendedBy', { name: p.name })}
            checked={pending[String(p.userId)] ?? p.attended}
            onChange={(e) => void mark(p, e.target.checked)}
          />
        ) : p.attended ? (
          t('sessions.yes')
        ) : (
          '–'
        ),
    },
  ];

  return (
    <section className="card" aria-labelledby="participants-title" data-testid="participants">
      <h2 id="participants-title">{t('sessions.participants')}</h2>
      {list.state.status !== 'ready' ? (
        <LoadStatus state={list.state} onRetry={list.reload} />
      ) : list.state.data.total === 0 && list.query.q === '' && !list.query.filters.status ? (
        <EmptyState>{t('sessions.noParticipants')}</EmptyState>
      ) : (
        <>
          {open ? (
            <p className="muted">{t('sessions.attendedCount', { count: list.state.data.counts.attended })}</p>
          ) : (
            <p className="muted">{t('sessions.attendanceLater')}</p>
          )}
          <PagedTable
            id="participants"
            list={list}
            answer={list.state.data}
            rows={list.state.data.participants}
            caption={t('sessions.participants')}
            columns={columns}
            rowKey={(p) => p.userId}
            rowProps={(p) => ({ 'data-participant': p.name })}
            searchLabel={t('sessions.participantSearch')}
            empty={t('sessions.noParticipantMatch')}
            filters={
              <CountedFilter
                id="participants-status"
                label={t('sessions.participantStatus')}
                value={list.query.filters.status ?? ''}
                onChange={(v) => list.setFilter('status', v)}
                counts={list.state.data.counts.status}
                options={(['registered', 'waitlisted'] as const).map((s) => ({ value: s, label: t(PARTICIPANT_STATUS_TEXT[s]) }))}
              />
            }
          />
        </>
      )}
      <NoticeArea notice={notice} />
    </section>
  );
}
