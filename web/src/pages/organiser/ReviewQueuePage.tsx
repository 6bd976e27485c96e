import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { api, isApiError } from '../../api';
import type { Programme, Registration, RegistrationKind, RegistrationList, RegistrationStatus } from '../../api';
import { Button } from '../../components/Button';
import type { Column } from '../../components/DataTable';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { CountedFilter } from '../../components/CountedFilter';
import { formatCount, PagedTable } from '../../components/PagedTable';
import { TextAreaField } from '../../components/fields';
import { formatMoment, isoMoment } from '../../components/dates';
import { label, REGISTRATION_STATUS_TEXT, REGISTRATION_STATUS_TONE } from '../../components/enumLabels';
import { generalMessage } from '../../components/formErrors';
import { pageParams, usePagedList } from '../../components/usePagedList';
import { useI18n } from '../../i18n';
import { OrganiserFrame } from './OrganiserFrame';
import { afterDecision, describeData } from './registrationData';
import { StatusTag } from '../../components/StatusTag';

const MAX_REASON = 1000;
const STATUSES: RegistrationStatus[] = ['pending', 'accepted', 'refused'];
const KINDS: RegistrationKind[] = ['school', 'mentor'];

export function ReviewQueuePage() {
  const { t } = useI18n();
  return (
    <OrganiserFrame title={t('review.title')}>
      {(programme, reloadProgramme) => <ReviewQueue programme={programme} onChange={reloadProgramme} />}
    </OrganiserFrame>
  );
}

/**
 * The review queue: the programme's registrations a page at a time from the server, pending first. Accepting
 * or refusing one updates that row and the counts from the answer, without fetching the list again.
 */
function ReviewQueue({ programme, onChange }: { programme: Programme; onChange: () => void }) {
  const { t, language } = useI18n();
  const [message, setMessage] = useState<Notice | null>(null);
  const list = usePagedList<RegistrationList>(
    (query) => api.registrations(programme.id, pageParams(query)),
    { sort: 'status', filters: { kind: '', status: '' } },
    [programme.id],
  );

  if (list.state.status !== 'ready') return <LoadStatus state={list.state} onRetry={list.reload} />;
  const answer = list.state.data;
  const statusFilter = list.query.filters.status ?? '';

  const decided = (text: string, result: { registration?: Registration; error?: boolean; stale?: boolean }) => {
    setMessage({ text, error: result.error ?? false });
    const changed = result.registration;
    if (changed) list.update((current) => afterDecision(current, statusFilter, changed));
    // Decided elsewhere meanwhile: this page is out of date, so it is fetched again.
    if (result.stale) list.reload();
    if (changed || result.stale) onChange();
  };

  const count = (n: number) => formatCount(language, n);
  const statusTotal = STATUSES.reduce((sum, s) => sum + (answer.counts.status[s] ?? 0), 0);
  const kindText = (k: string) => (k === 'school' ? t('review.kind.school') : t('review.kind.mentor'));

  const columns: Column<Registration>[] = [
    { title: t('review.column.organisation'), rowHeader: true, sort: 'name', cell: (r) => r.organisationName },
    { title: t('review.filterKind'), sort: 'kind', cell: (r) => kindText(r.kind) },
    {
      title: t('review.filterStatus'),
      sort: 'status',
      cell: (r) => <StatusTag tone={REGISTRATION_STATUS_TONE[r.status]}>{label(t, REGISTRATION_STATUS_TEXT, r.status)}</StatusTag>,
    },
    {
      title: t('review.column.submitted'),
      sort: 'createdAt',
      cell: (r) => <time dateTime={isoMoment(r.createdAt)}>{formatMoment(r.createdAt, language)}</time>,
    },
    { title: t('review.column.details'), className: 'review-row__details', cell: (r) => <RegistrationDetails registration={r} /> },
    {
      title: t('review.column.decision'),
      className: 'review-row__decision',
      cell: (r) => <RegistrationDecision key={r.id} registration={r} onDecided={decided} />,
    },
  ];

  return (
    <div className="review">
      <NoticeArea notice={message} />
      <p>{t('review.summary', { pending: count(answer.counts.status.pending ?? 0), total: count(statusTotal) })}</p>
      <PagedTable
        id="registrations"
        list={list}
        answer={answer}
        rows={answer.registrations}
        caption={t('review.caption')}
        columns={columns}
        rowKey={(r) => r.id}
        rowProps={(r) => ({ 'data-status': r.status, className: `review-row review-row--${r.status}` })}
        searchLabel={t('review.search')}
        searchHint={t('review.searchHint')}
        empty={t('review.empty')}
        filters={
          <>
            <CountedFilter
              id="filter-kind"
              label={t('review.filterKind')}
              value={list.query.filters.kind ?? ''}
              onChange={(v) => list.setFilter('kind', v)}
              counts={answer.counts.kind}
              options={KINDS.map((k) => ({ value: k, label: kindText(k) }))}
            />
            <CountedFilter
              id="filter-status"
              label={t('review.filterStatus')}
              value={statusFilter}
              onChange={(v) => list.setFilter('status', v)}
              counts={answer.counts.status}
              options={STATUSES.map((s) => ({ value: s, label: label(t, REGISTRATION_STATUS_TEXT, s) }))}
            />
          </>
        }
      />
    </div>
  );
}

/** Number, contact, decision and every submitted field (behind a disclosure) of one registration. */
function RegistrationDetails({ registration: r }: { registration: Registration }) {
  const { t, language } = useI18n();
  const rows = describeData(t, r.data ?? {});
  return (
    <>
      <dl className="pairs">
        <div>
          <dt>{r.kind === 'school' ? t('register.institutionNumber') : t('register.enterpriseNumber')}</dt>
          <dd>{r.identifier}</dd>
        </div>
        <div>
          <dt>{t('review.contact')}</dt>
          <dd>
            {r.contactName} (<a href={`mailto:${r.contactEmail}`}>{r.contactEmail}</a>)
          </dd>
        </div>
        {r.decidedAt !== null && r.decidedAt !== undefined && (
          <div>
            <dt>{t('review.decidedOn')}</dt>
            <dd>
              <time dateTime={isoMoment(r.decidedAt)}>{formatMoment(r.decidedAt, language)}</time>
            </dd>
          </div>
        )}
        {r.refusalReason && (
          <div>
            <dt>{t('review.reason')}</dt>
            <dd className="preserve-lines">{r.refusalReason}</dd>
          </div>
        )}
      </dl>
      <details className="registration__data">
        <summary>
          {t('review.showData')}
          <span className="visually-hidden"> ({r.organisationName})</span>
        </summary>
        <dl className="pairs">
          {rows.map((row) => (
            <div key={row.key}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}

/** Accept or refuse (with a reason) a pending registration; the answer goes to `onDecided`. */
function RegistrationDecision({
  registration: r,
  onDecided,
}: {
  registration: Registration;
  /** `registration`: the decided row from the answer. `stale`: it was decided elsewhere meanwhile. */
  onDecided: (text: string, result: { registration?: Registration; error?: boolean; stale?: boolean }) => void;
}) {
  const { t } = useI18n();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const reasonId = `reason-${r.id}`;

  useEffect(() => {
    if (refusing) document.getElementById(reasonId)?.focus();
  }, [refusing, reasonId]);

  if (r.status !== 'pending') return null;

  const accept = async () => {
    setBusy(true);
    try {
      const registration = await api.acceptRegistration(r.id);
      onDecided(t('review.accepted', { name: r.organisationName, email: r.contactEmail }), { registration });
    } catch (error) {
      onDecided(isApiError(error, 'programme_full') ? t('review.full') : generalMessage(t, error), {
        error: true,
        stale: isApiError(error, 'registration_decided'),
      });
    } finally {
      setBusy(false);
    }
  };

  const refuse = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (reason.trim() === '') {
      setReasonError(t('review.reasonRequired'));
      document.getElementById(reasonId)?.focus();
      return;
    }
    setBusy(true);
    try {
      const registration = await api.refuseRegistration(r.id, reason.trim());
      setRefusing(false);
      onDecided(t('review.refused', { name: r.organisationName }), { registration });
    } catch (error) {
      const field = isApiError(error) ? error.fields.reason : undefined;
      if (field) setReasonError(field);
      else onDecided(generalMessage(t, error), { error: true, stale: isApiError(error, 'registration_decided') });
    } finally {
      setBusy(false);
    }
  };

  if (!refusing) {
    return (
      <div className="actions">
        <Button disabled={busy} onClick={() => void accept()}>
          {t('review.accept')} <span className="visually-hidden">({r.organisationName})</span>
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => setRefusing(true)}>
          {t('review.refuse')} <span className="visually-hidden">({r.organisationName})</span>
        </Button>
      </div>
    );
  }
  return (
    <form noValidate onSubmit={refuse} className="refuse-form" aria-label={t('review.refuseTitle', { name: r.organisationName })}>
      <TextAreaField
        id={reasonId}
        label={t('review.reasonLabel')}
        hint={t('review.reasonHint', { max: MAX_REASON })}
        value={reason}
        onChange={(v) => {
          setReason(v);
          setReasonError(undefined);
        }}
        error={reasonError}
        maxLength={MAX_REASON}
        required
      />
      <div className="actions">
        <Button type="submit" variant="danger" disabled={busy}>
          {t('review.confirmRefuse')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setRefusing(false);
            setReasonError(undefined);
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
