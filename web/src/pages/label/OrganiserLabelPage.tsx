import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import type { Programme } from '../../api';
import { applicationRow, labelApi } from '../../api/label';
import type { Application, ApplicationRow, ApplicationStatus, ProgrammeApplications } from '../../api/label';
import { formatDay, formatMoment } from '../../components/dates';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/fields';
import { CountedFilter } from '../../components/CountedFilter';
import { splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { EmptyState } from '../../components/EmptyState';
import { LoadStatus } from '../../components/LoadStatus';
import type { Column } from '../../components/DataTable';
import { PagedTable } from '../../components/PagedTable';
import { pageParams, usePagedList } from '../../components/usePagedList';
import { useI18n } from '../../i18n';
import { brusselsToday, schoolPath } from '../measurement/texts';
import { OrganiserFrame } from '../organiser/OrganiserFrame';
import { addDays, afterAssignment, APPLICATION_STATUS_TEXT, APPLICATION_STATUS_TONE, isOpen, isOverdue, LABEL_TEXT } from './logic';
import '../../styles/label.css';
import { StatusTag } from '../../components/StatusTag';
import { Button } from '../../components/Button';
import { FormActions } from '../../components/FormActions';

/** `/organiser/programmes/:id/label`: the programme's label applications and the reviewer assignment. */
export function OrganiserLabelPage() {
  const { t } = useI18n();
  return (
    <OrganiserFrame title={t('label.organiser.title')}>{(programme) => <Applications programme={programme} />}</OrganiserFrame>
  );
}

const STATUSES: ApplicationStatus[] = ['submitted', 'in_review', 'decided', 'withdrawn'];

/**
 * The programme's applications a page at a time from the server, newest first. Assigning a reviewer
 * updates that row and the counts from the answer, without fetching the list again.
 */
function Applications({ programme }: { programme: Programme }) {
  const { t, language } = useI18n();
  const [assigning, setAssigning] = useState<ApplicationRow | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const today = brusselsToday();
  const list = usePagedList<ProgrammeApplications>(
    (query) => labelApi.programmeApplications(programme.id, pageParams(query)),
    { sort: '-submittedAt', filters: { status: '', reviewer: '' } },
    [programme.id],
  );

  if (list.state.status !== 'ready') return <LoadStatus state={list.state} onRetry={list.reload} />;
  const answer = list.state.data;

  const columns: Column<ApplicationRow>[] = [
    {
      title: t('label.organiser.school'),
      rowHeader: true,
      sort: 'name',
      cell: (a) => <Link to={`${schoolPath(programme.id, a.organisationId)}/label`}>{a.organisationName}</Link>,
    },
    {
      title: t('label.organiser.status'),
      sort: 'status',
      cell: (a) => <StatusTag tone={APPLICATION_STATUS_TONE[a.status]}>{t(APPLICATION_STATUS_TEXT[a.status])}</StatusTag>,
    },
    { title: t('label.organiser.submitted'), sort: 'submittedAt', cell: (a) => formatMoment(a.submittedAt, language) },
    { title: t('label.organiser.reviewer'), sort: 'reviewer', cell: (a) => a.reviewer?.name ?? '–' },
    {
      title: t('label.organiser.dueOn'),
      sort: 'dueOn',
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
            <Button
              variant="secondary"
              size="small"
              aria-expanded={assigning?.id === a.id}
              aria-controls={assigning?.id === a.id ? 'assign-form' : undefined}
              onClick={() => {
                setMessage(null);
                setAssigning(a);
              }}
            >
              {t(a.reviewer ? 'label.organiser.reassign' : 'label.organiser.assign', { school: a.organisationName })}
            </Button>
          )}
        </div>
      ),
    },
  ];

  const nothingYet = answer.total === 0 && list.query.q === '' && Object.values(list.query.filters).every((v) => v === '');
  return (
    <>
      <p className="lead">{t('label.organiser.intro')}</p>
      <div role="status" className="live">
        {message && <p className="notice notice--ok">{message}</p>}
      </div>
      {nothingYet ? (
        <EmptyState>{t('label.organiser.none')}</EmptyState>
      ) : (
        <div data-testid="applications-table">
          <PagedTable
            id="applications"
            list={list}
            answer={answer}
            rows={answer.applications}
            caption={t('label.organiser.tableCaption')}
            columns={columns}
            rowKey={(a) => a.id}
            rowProps={(a) => ({ 'data-application': a.id, 'data-status': a.status })}
            searchLabel={t('label.organiser.search')}
            empty={t('label.organiser.noMatch')}
            filters={
              <>
                <CountedFilter
                  id="filter-status"
                  label={t('label.organiser.filterStatus')}
                  value={list.query.filters.status ?? ''}
                  onChange={(v) => list.setFilter('status', v)}
                  counts={answer.counts.status}
                  options={STATUSES.map((s) => ({ value: s, label: t(APPLICATION_STATUS_TEXT[s]) }))}
                />
                <CountedFilter
                  id="filter-reviewer"
                  label={t('label.organiser.filterReviewer')}
                  value={list.query.filters.reviewer ?? ''}
                  onChange={(v) => list.setFilter('reviewer', v)}
                  counts={answer.counts.reviewer}
                  options={[
                    { value: 'none', label: t('label.organiser.unassigned') },
                    ...answer.reviewers.map((r) => ({ value: String(r.id), label: r.name })),
                  ]}
                />
              </>
            }
          />
        </div>
      )}
      {assigning && (
        <AssignForm
          key={String(assigning.id)}
          application={assigning}
          reviewers={answer.reviewers}
          onCancel={() => setAssigning(null)}
          onAssigned={(text, changed) => {
            setAssigning(null);
            setMessage(text);
            list.update((current) => afterAssignment(current, list.query.filters, applicationRow(changed)));
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
  /** `changed`: the application as the assignment answered it. */
  onAssigned: (text: string, changed: Application) => void;
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
      const changed = await labelApi.assignReviewer(application.id, reviewer, due);
      const name = reviewers.find((r) => String(r.id) === reviewer)?.name ?? '';
      onAssigned(t('label.organiser.assigned', { school: application.organisationName, name, due: formatDay(due, language) }), changed);
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
            <FormActions label={t('label.organiser.assignSubmit')} busy={busy} onCancel={onCancel} holdCancel className="actions" />
          </form>
        </>
      )}
    </section>
  );
}
