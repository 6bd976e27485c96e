import { useState } from 'react';
import { networkApi } from '../../api/network';
import type { Session } from '../../api/network';
import { Button } from '../../components/Button';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { sessionAction } from './logic';
import type { SessionAction } from './logic';
import { StatusTag } from '../../components/StatusTag';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';

const BUTTON: Record<Exclude<SessionAction, 'none'>, MessageKey> = {
  register: 'sessions.register',
  join_waitlist: 'sessions.joinWaitlist',
  cancel: 'sessions.cancelRegistration',
  leave_waitlist: 'sessions.leaveWaitlist',
};

/**
 * The user's registration for one session: what it is now (registered, place N on the waitlist) and the
 * button to change it. After a change the session is loaded again, so the counts are the server's.
 */
export function Registration({ session, now, onChanged }: { session: Session; now: string; onChanged: (s: Session) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const action = sessionAction(session, now);

  const act = async () => {
    setBusy(true);
    setNotice(null);
    try {
      if (action === 'register' || action === 'join_waitlist') {
        const result = await networkApi.register(session.id);
        setNotice({
          text:
            result.status === 'registered'
              ? t('sessions.registeredNow')
              : t('sessions.waitlistedNow', { position: result.position ?? '?' }),
          error: false,
        });
      } else {
        await networkApi.cancelRegistration(session.id);
        setNotice({ text: t('sessions.cancelledNow'), error: false });
      }
      onChanged(await networkApi.session(session.id));
    } catch (e) {
      setNotice({ text: generalMessage(t, e), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="registration" data-testid="registration">
      {session.myStatus === 'registered' && <StatusTag tone="done" block>
          {t('sessions.youAreRegistered')}
        </StatusTag>}
      {session.myStatus === 'waitlisted' && (
        <StatusTag tone="waiting" block>
          {t('sessions.youAreWaitlisted', { position: session.myPosition ?? '?' })}
        </StatusTag>
      )}
      {action !== 'none' && (
        <Button
          variant={action === 'cancel' || action === 'leave_waitlist' ? 'secondary' : 'primary'}
          disabled={busy}
          onClick={act}
          aria-describedby={`session-${session.id}-title`}
        >
          {t(BUTTON[action])}
        </Button>
      )}
      <NoticeArea notice={notice} />
    </div>
  );
}
