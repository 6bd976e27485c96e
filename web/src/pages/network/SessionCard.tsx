import { Link } from 'react-router';
import type { Session } from '../../api/network';
import { formatDay } from '../../components/dates';
import { useI18n } from '../../i18n';
import { placesLeft, sessionWhen } from './logic';
import { Registration } from './Registration';
import { SESSION_TYPE_TEXT } from './texts';
import { StatusTag } from '../../components/StatusTag';

/** One session in the list: when, where, places, the user's registration and the calendar file. */
export function SessionCard({ session, now, onChanged }: { session: Session; now: string; onChanged: (s: Session) => void }) {
  const { t, language } = useI18n();
  const cancelled = session.status === 'cancelled';
  return (
    <li className="card session-card" data-session={session.id}>
      <h3 id={`session-${session.id}-title`}>
        <Link to={`/sessions/${encodeURIComponent(String(session.id))}`}>{session.title}</Link>
        {cancelled && (
          <>
            {' '}
            <StatusTag tone="problem">{t('sessions.cancelled')}</StatusTag>
          </>
        )}
      </h3>
      <p className="muted">
        {t(SESSION_TYPE_TEXT[session.type])} · {sessionWhen(session.startsAt, session.endsAt, (d) => formatDay(d, language))}
      </p>
      {(session.venueName || session.address) && <p>{[session.venueName, session.address].filter(Boolean).join(', ')}</p>}
      <p data-testid="places">
        {t('sessions.places', { registered: session.registered, capacity: session.capacity, left: placesLeft(session) })}
        {session.waitlisted > 0 && ` ${t('sessions.waitlistCount', { count: session.waitlisted })}`}
      </p>
      {!cancelled && <Registration session={session} now={now} onChanged={onChanged} />}
      <p>
        <a href={session.icsUrl} download>
          {t('sessions.ics')}{' '}
          <span className="visually-hidden">({session.title})</span>
        </a>
      </p>
    </li>
  );
}
