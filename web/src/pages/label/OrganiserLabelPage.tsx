import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import type { Programme } from '../../api';
import { labelApi } from '../../api/label';
import type { ApplicationRow, ProgrammeApplications } from '../../api/label';
import { formatDay, formatMoment } from '../../components/dates';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/fields';
import { splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { useLoad } from '../../components/useLoad';
import { DataTable } from '../../components/DataTable';
import { useI18n } from '../../i18n';
import { brusselsToday, schoolPath } from '../measurement/texts';
import { OrganiserFrame } from '../organiser/OrganiserFrame';
import { addDays, APPLICATION_STATUS_TEXT, isOpen, isOverdue, LABEL_TEXT } from './logic';
import '../../styles/label.css';

/** `/organiser/programmes/:id/label`: the programme's label applications and the reviewer assignment. */
export function OrganiserLabelPage() {
  const { t } = useI18n();
  return (
    <OrganiserFrame title={t('label.organiser.title')}>{(programme) => <Applications programme={programme} />}</OrganiserFrame>
  );
}

function Applications({ programme }: { programme: Programme }) {
  const { t, language } = useI18n();
  const [assigning, setAssigning] = useState<ApplicationRow | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const today = brusselsToday();

  const { state: load, reload } = useLoad<ProgrammeApplications>(() => labelApi.programmeApplications(programme.id), [programme.id]);

  return (
    <>
      <p className="lead">{t('label.organiser.intro')}</p>
      <div role="status" className="live">
        {message && <p className="notice notice--ok">{message}</p>}
      </div>
      <LoadStatus state={load} onRetry={reload} />
      {load.status === 'ready' &&
        (load.data.applications.length === 0 ? (
          <p>{t('label.organiser.none')}</p>
        ) : (
          <DataTable
            caption={t('label.organiser.tableCaption')}
            showCaption
            testId="applications-table"
            rows={load.data.applications}
            rowKey={(a) => a.id}
            rowProps={(a) => ({ 'data-application': a.id, 'data-status': a.status })}
            columns={[
              {
                title: t('label.organiser.school'),
                rowHeader: true,
                cell: (a) => <Link to={`${schoolPath(programme.id, a.organisationId)}/label`}>{a.organisationName}</Link>,
              },
              {
                title: t('label.organiser.status'),
                cell: (a) => <span className={`badge badge--${a.status}`}>{t(APPLICATION_STATUS_TEXT[a.status])}</span>,
              },
              { title: t('label.organiser.submitted'), cell: (a) => formatMoment(a.submittedAt, language) },
              { title: t('label.organiser.reviewer'), cell: (a) => a.reviewer?.name ?? '–' },
              {
                title: t('label.organiser.dueOn'),
                cell: (a) => (
                  <>
                    {a.dueOn ? formatDay(a.dueOn, language) : '–'}
                    {a.status === 'in_review' && isOverdue(a.dueOn, today) && (
                      <span className="status--overdue"> {t('label.organiser.overdue')}</span>
                    )}
                  </>
                ),
              },
              { title: t('label.organiser.decided'), cell: (a) => (a.decidedLabel ? t(LABEL_TEXT[a.decidedLabel]) : '–') },
              {
                title: t('label.organiser.actions'),
                cell: (a) => (
                  <div className="actions actions--tight">
                    <Link to={`/reviews/${encodeURIComponent(String(a.id))}`}>
                      {t('label.organiser.open')}
                      {' '}<span className="visually-hidden">({a.organisationName})</span>
                    </Link>
                    {isOpen(a.status) && (
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        aria-expanded={assigning?.id === a.id}
                        aria-controls={assigning?.id === a.id ? 'assign-form' : undefined}
                        onClick={() => {
                          setMessage(null);
                          setAssigning(a);
                        }}
                      >
                        {t(a.reviewer ? 'label.organiser.reassign' : 'label.organiser.assign', { school: a.organisationName })}
                      </button>
                    )}
                  </div>
                ),
              },
            ]}
          />
        ))}
      {load.status === 'ready' && assigning && (
        <AssignForm
          key={String(assigning.id)}
          application={assigning}
          reviewers={load.data.reviewers}
          onCancel={() => setAssigning(null)}
          onAssigned={(text) => {
            setAssigning(null);
            setMessage(text);
            reload();
          }}
        />
      )}
    </>
  );
}

const FIELD_IDS = { reviewerId: 'assign-reviewer', dueOn: 'assign-due' };

function AssignForm({
  application,
  reviewers,
  onCancel,
  onAssigned,
}: {
  application: ApplicationRow;
  reviewers: { id: string | number; name: string }[];
  onCancel: () => void;
  onAssigned: (text: string) => void;
}) {
  const { t, language } = useI18n();
  const [reviewer, setReviewer] = useState(application.reviewer ? String(application.reviewer.id) : '');
  const [due, setDue] = useState(application.dueOn ?? addDays(brusselsToday(), 21));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrors = {};
    if (!reviewer) found[FIELD_IDS.reviewerId] = t('label.organiser.reviewerMissing');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) found[FIELD_IDS.dueOn] = t('label.organiser.dueMissing');
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setGeneral(null);
      setVersion((v) => v + 1);
      return;
    }
    setBusy(true);
    try {
      await labelApi.assignReviewer(application.id, reviewer, due);
      const name = reviewers.find((r) => String(r.id) === reviewer)?.name ?? '';
      onAssigned(t('label.organiser.assigned', { school: application.organisationName, name, due: formatDay(due, language) }));
    } catch (error) {
      const split = splitApiError(t, error, FIELD_IDS);
      setErrors(split.fields);
      setGeneral(split.general);
      setVersion((v) => v + 1);
      setBusy(false);
    }
  };

  return (
    <section id="assign-form" aria-labelledby="assign-title" className="card">
      <h2 id="assign-title" ref={headingRef} tabIndex={-1}>
        {t('label.organiser.assignTitle', { school: application.organisationName })}
      </h2>
      {reviewers.length === 0 ? (
        <p className="notice">{t('label.organiser.noReviewers')}</p>
      ) : (
        <>
          <ErrorSummary
            title={t('errors.summaryTitle')}
            items={summaryItems(Object.values(FIELD_IDS), errors, general)}
            version={version}
          />
          <form className="form" onSubmit={submit} noValidate>
            <SelectField
              id={FIELD_IDS.reviewerId}
              label={t('label.organiser.reviewerLabel')}
              value={reviewer}
              onChange={setReviewer}
              placeholder={t('common.choose')}
              options={reviewers.map((r) => ({ value: String(r.id), label: r.name }))}
              error={errors[FIELD_IDS.reviewerId]}
              required
            />
            <FormField
              id={FIELD_IDS.dueOn}
              type="date"
              label={t('label.organiser.dueLabel')}
              hint={t('label.organiser.dueHint')}
              value={due}
              onChange={setDue}
              error={errors[FIELD_IDS.dueOn]}
              required
            />
            <div className="form__actions actions">
              <button type="submit" className="button" disabled={busy}>
                {t('label.organiser.assignSubmit')}
              </button>
              <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
