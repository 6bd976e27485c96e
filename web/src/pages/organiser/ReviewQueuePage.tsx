import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { api, isApiError } from '../../api';
import type { Programme, Registration } from '../../api';
import { Loading } from '../../components/Loading';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { SelectField, TextAreaField } from '../../components/fields';
import { formatMoment, isoMoment } from '../../components/dates';
import { label, REGISTRATION_STATUS_TEXT } from '../../components/enumLabels';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { OrganiserFrame } from './OrganiserFrame';
import { describeData, pendingFirst } from './registrationData';

const MAX_REASON = 1000;

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; list: Registration[] };

export function ReviewQueuePage() {
  const { t } = useI18n();
  return (
    <OrganiserFrame title={t('review.title')}>
      {(programme, reloadProgramme) => <ReviewQueue programme={programme} onChange={reloadProgramme} />}
    </OrganiserFrame>
  );
}

function ReviewQueue({ programme, onChange }: { programme: Programme; onChange: () => void }) {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  const [message, setMessage] = useState<Notice | null>(null);

  useEffect(() => {
    let live = true;
    api.registrations(programme.id).then(
      ({ registrations }) => live && setLoad({ status: 'ready', list: registrations }),
      (error) => live && setLoad({ status: 'error', message: generalMessage(t, error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [programme.id, attempt]);

  const decided = (text: string, error = false, stale = false) => {
    setMessage({ text, error });
    if (!error || stale) {
      setAttempt((a) => a + 1);
      onChange();
    }
  };

  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error') {
    return (
      <>
        <p className="notice notice--error" role="alert">
          {load.message}
        </p>
        <button type="button" className="button" onClick={() => setAttempt((a) => a + 1)}>
          {t('common.retry')}
        </button>
      </>
    );
  }

  const shown = pendingFirst(load.list).filter(
    (r) => (kind === '' || r.kind === kind) && (status === '' || r.status === status),
  );
  const pending = load.list.filter((r) => r.status === 'pending').length;

  return (
    <div className="review">
      <NoticeArea notice={message} />
      <p>{t('review.summary', { pending, total: load.list.length })}</p>
      <div className="filters">
        <SelectField
          id="filter-kind"
          inline
          label={t('review.filterKind')}
          value={kind}
          onChange={setKind}
          options={[
            { value: '', label: t('review.all') },
            { value: 'school', label: t('review.kind.school') },
            { value: 'mentor', label: t('review.kind.mentor') },
          ]}
        />
        <SelectField
          id="filter-status"
          inline
          label={t('review.filterStatus')}
          value={status}
          onChange={setStatus}
          options={[
            { value: '', label: t('review.all') },
            { value: 'pending', label: t('registrationStatus.pending') },
            { value: 'accepted', label: t('registrationStatus.accepted') },
            { value: 'refused', label: t('registrationStatus.refused') },
          ]}
        />
      </div>
      {shown.length === 0 ? (
        <p>{t('review.empty')}</p>
      ) : (
        <ul className="registrations">
          {shown.map((r) => (
            <li key={r.id}>
              <RegistrationCard registration={r} onDecided={decided} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function RegistrationCard({
  registration: r,
  onDecided,
}: {
  registration: Registration;
  /** `stale`: the registration was decided elsewhere meanwhile, so the list is loaded again. */
  onDecided: (text: string, error?: boolean, stale?: boolean) => void;
}) {
  const { t, language } = useI18n();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const headingId = `registration-${r.id}`;
  const reasonId = `reason-${r.id}`;

  useEffect(() => {
    if (refusing) document.getElementById(reasonId)?.focus();
  }, [refusing, reasonId]);

  const accept = async () => {
    setBusy(true);
    try {
      await api.acceptRegistration(r.id);
      onDecided(t('review.accepted', { name: r.organisationName, email: r.contactEmail }));
    } catch (error) {
      onDecided(
        isApiError(error, 'programme_full') ? t('review.full') : generalMessage(t, error),
        true,
        isApiError(error, 'registration_decided'),
      );
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
      await api.refuseRegistration(r.id, reason.trim());
      setRefusing(false);
      onDecided(t('review.refused', { name: r.organisationName }));
    } catch (error) {
      const field = isApiError(error) ? error.fields.reason : undefined;
      if (field) setReasonError(field);
      else onDecided(generalMessage(t, error), true, isApiError(error, 'registration_decided'));
    } finally {
      setBusy(false);
    }
  };

  const rows = describeData(t, r.data ?? {});
  return (
    <article className={`card registration registration--${r.status}`} aria-labelledby={headingId} data-status={r.status}>
      <h2 id={headingId}>{r.organisationName}</h2>
      <p className="registration__meta">
        <span className={`badge badge--${r.status}`}>{label(t, REGISTRATION_STATUS_TEXT, r.status)}</span>{' '}
        {r.kind === 'school' ? t('review.kind.school') : t('review.kind.mentor')}
        {' · '}
        {t('review.submittedOn')} <time dateTime={isoMoment(r.createdAt)}>{formatMoment(r.createdAt, language)}</time>
      </p>
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
        <summary>{t('review.showData')}</summary>
        <dl className="pairs">
          {rows.map((row) => (
            <div key={row.key}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      </details>
      {r.status === 'pending' && !refusing && (
        <div className="actions">
          <button type="button" className="button" disabled={busy} onClick={() => void accept()}>
            {t('review.accept')}
            {' '}
            <span className="visually-hidden">({r.organisationName})</span>
          </button>
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => setRefusing(true)}>
            {t('review.refuse')}
            {' '}
            <span className="visually-hidden">({r.organisationName})</span>
          </button>
        </div>
      )}
      {r.status === 'pending' && refusing && (
        <div>
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
              <button type="submit" className="button button--danger" disabled={busy}>
                {t('review.confirmRefuse')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setRefusing(false);
                  setReasonError(undefined);
                }}
              >
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </div>
      )}
    </article>
  );
}
