import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api';
import { labelApi } from '../../api/label';
import type { Application } from '../../api/label';
import { formatDay, formatMoment } from '../../components/dates';
import { generalMessage } from '../../components/formErrors';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import { KIND_TEXT, schoolPath } from '../measurement/texts';
import { CriterionReview } from './CriterionReview';
import { DecisionForm } from './DecisionForm';
import { DecisionSummary } from './DecisionSummary';
import { APPLICATION_STATUS_TEXT, orderCriteria, reviewedCount } from './logic';
import { ProposalView } from './ProposalView';
import { criterionName, nameRecord, useCriteria } from './useCriteria';
import '../../styles/label.css';
import { LoadFailed } from '../../components/LoadFailed';

type Load =
  | { status: 'loading' }
  | { status: 'missing'; message: string }
  | { status: 'error'; message: string }
  | { status: 'ready'; application: Application };

/**
 * `/reviews/:applicationId`: the assigned reviewer goes through every criterion (the school's level,
 * comment and evidence; the accepted level and feedback), reads the rule's proposal and decides.
 * Organisers and the school read the same page without the forms.
 */
export function ReviewPage() {
  const { t } = useI18n();
  const { applicationId = '' } = useParams();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    labelApi.application(applicationId).then(
      (application) => live && setLoad({ status: 'ready', application }),
      (error) => {
        if (!live) return;
        if (isApiError(error, 'not_found') || isApiError(error, 'forbidden'))
          setLoad({ status: 'missing', message: generalMessage(t, error) });
        else setLoad({ status: 'error', message: generalMessage(t, error) });
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [applicationId, attempt]);

  if (load.status !== 'ready') {
    const title = t('reviews.page.title');
    return (
      <Page title={title} className="label-page">
        {load.status === 'loading' && <Loading />}
        {load.status === 'missing' && (
          <>
            <LoadFailed message={load.message} />
            <p>
              <Link to="/reviews">{t('reviews.page.back')}</Link>
            </p>
          </>
        )}
        {load.status === 'error' && (
          <LoadFailed message={load.message} onRetry={() => setAttempt((a) => a + 1)} />
        )}
      </Page>
    );
  }
  return <ReviewBody application={load.application} onChange={(application) => setLoad({ status: 'ready', application })} />;
}

function ReviewBody({ application, onChange }: { application: Application; onChange: (application: Application) => void }) {
  const { t, language } = useI18n();
  const criteria = useCriteria(application.frameworkId, application.frameworkVersion);
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const [criterionErrors, setCriterionErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const ordered = orderCriteria(application.criteria, [...criteria.keys()]);
  const reviewed = reviewedCount(application.criteria);
  const editable = application.canReview && application.status !== 'decided';
  const title = t('reviews.page.titleSchool', { school: application.organisationName });

  const markDirty = useCallback((id: string, value: boolean) => {
    setDirty((current) => {
      if (current.has(id) === value) return current;
      const next = new Set(current);
      if (value) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  // Criteria under their key element, in framework order (all in one group while names load).
  const groups: { key: string; name: string | null; items: typeof ordered }[] = [];
  for (const c of ordered) {
    const element = criteria.get(c.criterionId);
    const key = element?.elementId ?? '';
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.items.push(c);
    else groups.push({ key, name: element?.elementName ?? null, items: [c] });
  }

  return (
    <Page
      title={title}
      heading={
        <>
          {t('reviews.page.title')}
          <span className="visually-hidden"> – </span>
          <span className="page-heading__sub">{application.organisationName}</span>
        </>
      }
      back={{ to: "/reviews", label: t('reviews.title') }}
      className="label-page review-page"
    >
      <dl className="facts">
        <div>
          <dt>{t('reviews.programme')}</dt>
          <dd>{application.programmeName}</dd>
        </div>
        <div>
          <dt>{t('label.school.measurement')}</dt>
          <dd>{t(KIND_TEXT[application.measurementKind])}</dd>
        </div>
        <div>
          <dt>{t('label.school.submitted')}</dt>
          <dd>{formatMoment(application.submittedAt, language)}</dd>
        </div>
        <div>
          <dt>{t('label.organiser.status')}</dt>
          <dd data-testid="application-status">{t(APPLICATION_STATUS_TEXT[application.status])}</dd>
        </div>
        <div>
          <dt>{t('label.school.reviewer')}</dt>
          <dd>{application.reviewer?.name ?? t('label.school.noReviewer')}</dd>
        </div>
        {application.dueOn && (
          <div>
            <dt>{t('label.school.dueOn')}</dt>
            <dd>{formatDay(application.dueOn, language)}</dd>
          </div>
        )}
      </dl>
      {!application.canReview && application.status !== 'decided' && <p className="notice">{t('reviews.page.readOnly')}</p>}
      {application.canAssign && (
        <p>
          <Link to={`/organiser/programmes/${encodeURIComponent(String(application.programmeId))}/label`}>{t('reviews.page.toOrganiser')}</Link>
          {' · '}
          <Link to={`${schoolPath(application.programmeId, application.organisationId)}/label`}>{t('reviews.page.toSchool')}</Link>
        </p>
      )}

      <div role="status" className="live">
        {message && <p className="notice notice--ok">{message}</p>}
      </div>

      <p className="progress-line" data-testid="review-progress">
        {t('reviews.page.progress', { reviewed, total: application.criteria.length })}
      </p>
      <progress className="review-progress" max={application.criteria.length} value={reviewed} aria-label={t('reviews.page.progressLabel')}>
        {reviewed}/{application.criteria.length}
      </progress>

      {groups.map((group) => (
        <section key={group.key || 'all'} aria-labelledby={group.key ? `element-${group.key}` : 'criteria-all'} className="review-element">
          <h2 id={group.key ? `element-${group.key}` : 'criteria-all'}>{group.name ?? t('reviews.page.criteria')}</h2>
          {group.items.map((c) => (
            <CriterionReview
              key={c.criterionId}
              applicationId={application.id}
              criterion={c}
              name={criterionName(criteria, c.criterionId)}
              editable={editable}
              error={criterionErrors[c.criterionId]}
              onSaved={(next) => {
                setCriterionErrors(({ [c.criterionId]: _, ...rest }) => rest);
                onChange(next);
              }}
              onDirty={markDirty}
            />
          ))}
        </section>
      ))}

      <section aria-labelledby="proposal-title" className="card" data-testid="proposal">
        <h2 id="proposal-title">{t('reviews.page.proposalTitle')}</h2>
        <ProposalView application={application} names={nameRecord(criteria)} />
      </section>

      <section aria-labelledby="decision-title" className="card">
        <h2 id="decision-title" tabIndex={-1}>{t('reviews.page.decisionTitle')}</h2>
        {application.decision ? (
          <DecisionSummary application={application} />
        ) : application.canDecide ? (
          <DecisionForm
            application={application}
            unsaved={[...dirty].map((id) => criterionName(criteria, id))}
            criterionName={(id) => criterionName(criteria, id)}
            onCriterionErrors={setCriterionErrors}
            onDecided={(next) => {
              onChange(next);
              setMessage(t('reviews.page.decided'));
              setTimeout(() => document.getElementById('decision-title')?.focus(), 0);
            }}
          />
        ) : (
          <p>{t('reviews.page.notDecided')}</p>
        )}
      </section>
    </Page>
  );
}
