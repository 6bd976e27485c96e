import { useState } from 'react';
import { networkApi } from '../../api/network';
import type { Id, Participant, Session } from '../../api/network';
import { DataTable } from '../../components/DataTable';
import { generalMessage } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { attendanceOpen, toggleId } from './logic';
import { PARTICIPANT_STATUS_TEXT } from './texts';

/** The organiser's participant list; once the session has started, attendance is ticked and saved. */
export function Participants({ session, now }: { session: Session; now: string }) {
  const { t } = useI18n();
  const { state, reload, setData } = useLoad(() => networkApi.participants(session.id), [session.id]);
  const [attended, setAttended] = useState<Id[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = attendanceOpen(session, now);

  const current = (list: Participant[]) => attended ?? list.filter((p) => p.attended).map((p) => p.userId);

  const save = async (list: Participant[]) => {
    setError(null);
    try {
      const result = await networkApi.saveAttendance(session.id, current(list));
      setData(result);
      setAttended(null);
      setStatus(t('sessions.attendanceSaved'));
    } catch (e) {
      setError(generalMessage(t, e));
    }
  };

  return (
    <section className="card" aria-labelledby="participants-title" data-testid="participants">
      <h2 id="participants-title">{t('sessions.participants')}</h2>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (state.data.participants.length === 0 ? (
          <p>{t('sessions.noParticipants')}</p>
        ) : (
          <>
            {!open && <p className="muted">{t('sessions.attendanceLater')}</p>}
            <DataTable
              caption={t('sessions.participants')}
              rows={state.data.participants}
              rowKey={(p) => p.userId}
              rowProps={(p) => ({ 'data-participant': p.name })}
              columns={[
                { title: t('sessions.participantName'), rowHeader: true, cell: (p) => p.name },
                { title: t('sessions.organisation'), cell: (p) => p.organisationName },
                {
                  title: t('sessions.participantStatus'),
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
                        checked={current(state.data.participants).some((id) => String(id) === String(p.userId))}
                        onChange={(e) => setAttended(toggleId(current(state.data.participants), p.userId, e.target.checked))}
                      />
                    ) : p.attended ? (
                      t('sessions.yes')
                    ) : (
                      '–'
                    ),
                },
              ]}
            />
            {open && (
              <button type="button" className="button" onClick={() => save(state.data.participants)}>
                {t('sessions.saveAttendance')}
              </button>
            )}
          </>
        ))}
      <p role="status">{status}</p>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
