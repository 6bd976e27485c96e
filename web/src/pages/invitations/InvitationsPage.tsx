import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api';
import type { MyInvitation } from '../../api';
import { Button } from '../../components/Button';
import { formatMoment, isoMoment } from '../../components/dates';
import { EmptyState } from '../../components/EmptyState';
import { label, TEAM_FUNCTION_TEXT } from '../../components/enumLabels';
import { generalMessage } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { KIND_TEXT, ROLE_TEXT } from '../home/roles';

/**
 * The signed-in person's invitations. Nobody joins an organisation without saying so: accepting makes
 * the membership, declining tells the inviter no.
 */
export function InvitationsPage() {
  const { t, language } = useI18n();
  const { refresh } = useSession();
  const { state, reload, update } = useLoad(() => api.myInvitations().then((r) => r.invitations), []);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const answer = async (invitation: MyInvitation, accept: boolean) => {
    setBusy(true);
    const organisation = invitation.organisation.name;
    try {
      if (accept) await api.acceptInvitation(invitation.id);
      else await api.declineInvitation(invitation.id);
      update((list) => list.filter((i) => i.id !== invitation.id));
      setNotice({
        text: accept
          ? t('invitations.accepted', { organisation, role: t(ROLE_TEXT[invitation.role].title).toLocaleLowerCase(language) })
          : t('invitations.declined', { organisation }),
        error: false,
      });
      // The menu and the home page follow the new memberships and the count of open invitations.
      void refresh();
    } catch (error) {
      setNotice({ text: generalMessage(t, error), error: true });
      reload();
    } finally {
      setBusy(false);
    }
  };

  const title = t('invitations.title');
  return (
    <Page title={title}>
      <p className="lead">{t('invitations.intro')}</p>
      <NoticeArea notice={notice} />
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (state.data.length === 0 ? (
          <EmptyState action={<Link to="/">{t('invitations.home')}</Link>}>{t('invitations.none')}</EmptyState>
        ) : (
          <ul className="invitation-list">
            {state.data.map((invitation) => (
              <li key={String(invitation.id)}>
                <InvitationCard invitation={invitation} busy={busy} onAnswer={(accept) => void answer(invitation, accept)} />
              </li>
            ))}
          </ul>
        ))}
    </Page>
  );
}

function InvitationCard({
  invitation,
  busy,
  onAnswer,
}: {
  invitation: MyInvitation;
  busy: boolean;
  onAnswer: (accept: boolean) => void;
}) {
  const { t, language } = useI18n();
  const [confirming, setConfirming] = useState(false);
  // Keyboard users stay where they were: on the confirmation when it opens, back on "Decline" after Cancel.
  const yes = useRef<HTMLButtonElement>(null);
  const decline = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (confirming) yes.current?.focus();
    else if (opened.current) decline.current?.focus();
    opened.current = confirming || opened.current;
  }, [confirming]);
  const organisation = invitation.organisation.name;
  const kind = KIND_TEXT[invitation.organisation.kind];
  const headingId = `invitation-${invitation.id}`;
  return (
    <article className="card invitation" aria-labelledby={headingId} data-invitation={String(invitation.id)}>
      <h2 id={headingId}>
        {organisation}
        {kind && <span className="invitation__kind"> ({t(kind)})</span>}
      </h2>
      <dl className="pairs">
        <div>
          <dt>{t('invitations.role')}</dt>
          <dd>
            {t(ROLE_TEXT[invitation.role].title)}
            {invitation.teamFunction ? ` (${label(t, TEAM_FUNCTION_TEXT, invitation.teamFunction)})` : ''}
          </dd>
        </div>
        {invitation.award && (
          <div>
            <dt>{t('invitations.award')}</dt>
            <dd>{invitation.award.programmeName}</dd>
          </div>
        )}
        <div>
          <dt>{t('invitations.invitedBy')}</dt>
          <dd>{invitation.invitedBy ?? t('invitations.invitedByUnknown')}</dd>
        </div>
        <div>
          <dt>{t('invitations.validUntil')}</dt>
          <dd>
            <time dateTime={isoMoment(invitation.expiresAt)}>{formatMoment(invitation.expiresAt, language)}</time>
          </dd>
        </div>
      </dl>
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('invitations.confirmLabel', { organisation })}>
          <p>{t('invitations.confirmDecline', { organisation })}</p>
          <div className="actions">
            <Button ref={yes} variant="danger" disabled={busy} onClick={() => onAnswer(false)}>
              {t('invitations.yesDecline')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <Button disabled={busy} onClick={() => onAnswer(true)}>
            {t('invitations.accept')}
            {' '}<span className="visually-hidden">({organisation})</span>
          </Button>
          <Button ref={decline} variant="secondary" disabled={busy} onClick={() => setConfirming(true)}>
            {t('invitations.decline')}
            {' '}<span className="visually-hidden">({organisation})</span>
          </Button>
        </div>
      )}
    </article>
  );
}
