import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../api';
import { MAIL_STATUSES, mailApi } from '../../api/mail';
import type { MailFault, MailStatus, UndeliveredMail, UndeliveredMailList } from '../../api/mail';
import { Button } from '../../components/Button';
import { CountedFilter } from '../../components/CountedFilter';
import type { Column } from '../../components/DataTable';
import { formatMoment, isoMoment } from '../../components/dates';
import { generalMessage } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { Page } from '../../components/Page';
import { PagedTable } from '../../components/PagedTable';
import { StatusTag } from '../../components/StatusTag';
import { pageParams, usePagedList } from '../../components/usePagedList';
import type { PagedList } from '../../components/usePagedList';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { useSession } from '../../session';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { OperatorOnly } from '../operator/OperatorOnly';
import '../../styles/mail.css';

type Mode = 'organiser' | 'operator';

/** The two lists differ only in their routes (docs/api.md, "Undelivered mail") and the operator's extra column. */
const ROUTES = {
  organiser: { list: mailApi.undelivered, retry: mailApi.retry },
  operator: { list: mailApi.operatorUndelivered, retry: mailApi.operatorRetry },
} as const;

const STATUS_TEXT: Record<MailStatus, MessageKey> = { failed: 'mail.status.failed', retrying: 'mail.status.retrying' };

/** What went wrong, as a sentence a person can act on. */
const FAULT_TEXT: Record<MailFault, MessageKey> = {
  refused: 'mail.fault.refused',
  busy: 'mail.fault.busy',
  unreachable: 'mail.fault.unreachable',
  timeout: 'mail.fault.timeout',
  dropped: 'mail.fault.dropped',
  certificate: 'mail.fault.certificate',
  setup: 'mail.fault.setup',
  address: 'mail.fault.address',
  other: 'mail.fault.other',
};

function isStatus(value: string | null): value is MailStatus {
  return value !== null && (MAIL_STATUSES as readonly string[]).includes(value);
}

/**
 * `/organiser/undelivered-mail`: the e-mails of the organiser's organisation that could not be delivered
 * (given up on) or are still being retried, newest first, a page at a time from the server; each can be
 * tried again. For organisers only (others get the not-found page, as the server answers 403).
 */
export function OrganiserUndeliveredMailPage() {
  const { me } = useSession();
  if (!me?.memberships.some((m) => m.role === 'organiser' && m.organisationKind === 'organiser')) return <NotFoundPage />;
  return <UndeliveredMail mode="organiser" />;
}

/** `/operator/undelivered-mail`: the same list for the platform operator, with every organisation's mail. */
export function OperatorUndeliveredMailPage() {
  return (
    <OperatorOnly>
      <UndeliveredMail mode="operator" />
    </OperatorOnly>
  );
}

function UndeliveredMail({ mode }: { mode: Mode }) {
  const { t } = useI18n();
  const routes = ROUTES[mode];
  const [params] = useSearchParams();
  const initial = params.get('status');
  const list = usePagedList<UndeliveredMailList>((query) => routes.list(pageParams(query)), {
    sort: '-createdAt',
    filters: { status: isStatus(initial) ? initial : '' },
  }, [mode]);
  return (
    <Page className="mail-page" title={t('mail.title')}>
      <p className="lead">{t(mode === 'operator' ? 'mail.introOperator' : 'mail.intro')}</p>
      <p>{t('mail.retryExplained')}</p>
      {list.state.status !== 'ready' ? (
        <LoadStatus state={list.state} onRetry={list.reload} />
      ) : (
        <MailTable mode={mode} list={list} answer={list.state.data} />
      )}
    </Page>
  );
}

function MailTable({ mode, list, answer }: { mode: Mode; list: PagedList<UndeliveredMailList>; answer: UndeliveredMailList }) {
  const { t, language } = useI18n();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  const retry = async (m: UndeliveredMail) => {
    setNotice(null);
    setBusy(true);
    try {
      await ROUTES[mode].retry(m.id);
      // Queued again as new: it leaves this list until it fails anew.
      list.update((data) => ({
        ...data,
        messages: data.messages.filter((x) => x.id !== m.id),
        total: Math.max(0, data.total - 1),
        counts: { status: { ...data.counts.status, [m.status]: Math.max(0, (data.counts.status[m.status] ?? 0) - 1) } },
      }));
      setNotice({ text: t('mail.retried', { to: m.to }), error: false });
    } catch (error) {
      setNotice({ text: generalMessage(t, error), error: true });
      // 404: delivered or retried by someone else meanwhile; the list is out of date.
      if (isApiError(error) && error.status === 404) list.reload();
    } finally {
      setBusy(false);
      // The row and its button are gone: the focus goes to the outcome.
      noticeRef.current?.focus();
    }
  };

  const when = (seconds: number | null) =>
    seconds === null ? '–' : <time dateTime={isoMoment(seconds)}>{formatMoment(seconds, language)}</time>;

  const columns: Column<UndeliveredMail>[] = [
    { title: t('mail.col.to'), rowHeader: true, sort: 'to', cell: (m) => <span className="mail__to">{m.to}</span> },
    { title: t('mail.col.subject'), sort: 'subject', cell: (m) => m.subject },
    ...(mode === 'operator'
      ? [{ title: t('mail.col.organisation'), cell: (m: UndeliveredMail) => m.organisation ?? <span className="muted">{t('mail.noOrganisation')}</span> }]
      : []),
    { title: t('mail.col.queued'), sort: 'createdAt', cell: (m) => when(m.createdAt) },
    {
      title: t('mail.col.status'),
      cell: (m) => (
        <>
          <StatusTag tone={m.status === 'failed' ? 'problem' : 'waiting'}>{t(STATUS_TEXT[m.status])}</StatusTag>
          <span className="mail__when">
            {m.status === 'failed' ? t('mail.failedAt') : t('mail.nextAttemptAt')} {when(m.status === 'failed' ? m.failedAt : m.nextAttemptAt)}
          </span>
        </>
      ),
    },
    { title: t('mail.col.attempts'), sort: 'attempts', className: 'num', cell: (m) => m.attempts },
    {
      title: t('mail.col.reason'),
      cell: (m) => (
        <>
          <p className="mail__reason">{t(FAULT_TEXT[m.reason] ?? FAULT_TEXT.other)}</p>
          {m.lastError && (
            <details className="mail__detail">
              <summary>{t('mail.technical')}</summary>
              <code>{m.lastError}</code>
            </details>
          )}
        </>
      ),
    },
    {
      title: <span className="visually-hidden">{t('mail.col.action')}</span>,
      cell: (m) => (
        <Button variant="secondary" size="small" disabled={busy} onClick={() => void retry(m)}>
          {t('mail.retry')} <span className="visually-hidden">({m.to}, {m.subject})</span>
        </Button>
      ),
    },
  ];

  const counts = answer.counts.status;
  return (
    <>
      <div ref={noticeRef} tabIndex={-1} className="mail__notice">
        <NoticeArea notice={notice} />
      </div>
      <PagedTable
        id="mail"
        list={list}
        answer={answer}
        rows={answer.messages}
        caption={t('mail.caption')}
        columns={columns}
        rowKey={(m) => m.id}
        rowProps={(m) => ({ 'data-mail': m.id, 'data-status': m.status })}
        searchLabel={t('mail.search')}
        empty={t('mail.empty')}
        filters={
          <CountedFilter
            id="mail-status"
            label={t('mail.filter')}
            value={list.query.filters.status ?? ''}
            onChange={(v) => list.setFilter('status', v)}
            counts={{ failed: counts.failed ?? 0, retrying: counts.retrying ?? 0 }}
            options={MAIL_STATUSES.map((s) => ({ value: s, label: t(STATUS_TEXT[s]) }))}
          />
        }
      />
    </>
  );
}
