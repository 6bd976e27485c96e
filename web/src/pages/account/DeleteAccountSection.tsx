import { useRef, useState } from 'react';
import { api, isApiError } from '../../api';
import type { DeletionRequest } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { TextAreaField } from '../../components/fields';
import { formatDate } from '../../components/dates';
import { generalMessage } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';

/** The server's limit on the reason (docs/api.md, `POST /api/me/deletion-request`). */
export const REASON_MAX = 1000;
const REASON_ID = 'deletion-reason';

/**
 * The part of `/account` where a person asks to be erased (docs/api.md "Erasure"). They never erase
 * themselves: an organiser of their programme or the operator carries it out, so this section asks and,
 * while the request is open, says so with its date and offers to withdraw it. It sits below the data
 * download, so a person downloads what they want to keep first.
 */
export function DeleteAccountSection() {
  const { t, language } = useI18n();
  const { state, reload, setData } = useLoad(() => api.myDeletionRequest(), []);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<Notice | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // The button that asked is gone after either action: the focus goes back to the section's heading, the
  // outcome is announced by the notice.
  const show = (request: DeletionRequest | null, outcome: Notice) => {
    setData({ request });
    setNotice(outcome);
    heading.current?.focus();
  };

  const ask = async () => {
    setNotice(null);
    const text = reason.trim();
    if (text.length > REASON_MAX) {
      setError(t('account.delete.reasonTooLong'));
      document.getElementById(REASON_ID)?.focus();
      return;
    }
    try {
      const answer = await api.requestDeletion(text);
      setError(undefined);
      setReason('');
      show(answer.request, { text: t('account.delete.asked'), error: false });
    } catch (e) {
      if (isApiError(e) && e.fields.reason) {
        setError(e.fields.reason);
        document.getElementById(REASON_ID)?.focus();
      } else {
        setNotice({ text: generalMessage(t, e), error: true });
      }
    }
  };

  const withdraw = async () => {
    setNotice(null);
    try {
      await api.withdrawDeletion();
      show(null, { text: t('account.delete.withdrawn'), error: false });
    } catch (e) {
      // 404: there was no open request any more (withdrawn in another tab, or already carried out).
      if (isApiError(e) && e.status === 404) show(null, { text: generalMessage(t, e), error: true });
      else setNotice({ text: generalMessage(t, e), error: true });
    }
  };

  const open = state.status === 'ready' ? state.data.request : null;
  return (
    <section className="card" aria-labelledby="account-delete" data-testid="account-delete">
      <h2 id="account-delete" ref={heading} tabIndex={-1}>
        {t('account.delete.title')}
      </h2>
      <p>{t('account.delete.removed')}</p>
      <p>{t('account.delete.kept')}</p>
      <p>{t('account.delete.final')}</p>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (open ? (
          <>
            <p data-request={open.id}>
              <strong>{t('account.delete.open', { date: formatDate(open.requestedAt, language) })}</strong>
            </p>
            {open.reason && (
              <p>
                {t('account.delete.yourReason')} <q>{open.reason}</q>
              </p>
            )}
            <p>{t('account.delete.openWho')}</p>
            <ConfirmButton
              label={t('account.delete.withdraw')}
              question={t('account.delete.withdrawQuestion')}
              confirmText={t('account.delete.withdrawYes')}
              onConfirm={withdraw}
              small={false}
            />
          </>
        ) : (
          <>
            <p>{t('account.delete.who')}</p>
            <TextAreaField
              id={REASON_ID}
              label={t('account.delete.reason')}
              hint={t('account.delete.reasonHint')}
              value={reason}
              onChange={setReason}
              error={error}
              rows={3}
            />
            <ConfirmButton
              label={t('account.delete.ask')}
              question={t('account.delete.question')}
              text={t('account.delete.questionText')}
              confirmText={t('account.delete.askYes')}
              onConfirm={ask}
              danger
              small={false}
            />
          </>
        ))}
      <NoticeArea notice={notice} />
    </section>
  );
}
