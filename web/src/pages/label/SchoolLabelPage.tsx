import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { labelApi } from '../../api/label';
import type { Application, SchoolApplications } from '../../api/label';
import { formatDay, formatMoment } from '../../components/dates';
import { generalMessage } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { EmptyState } from '../../components/EmptyState';
import { useLoad } from '../../components/useLoad';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { Page } from '../../components/Page';
import { useSchoolName } from '../../components/SchoolHeading';
import { SchoolNav } from '../../components/SchoolNav';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { KIND_TEXT, schoolPath } from '../measurement/texts';
import { ApplyForm } from './ApplyForm';
import { DecisionSummary } from './DecisionSummary';
import { FeedbackTable } from './FeedbackTable';
import { APPLICATION_STATUS_TEXT, APPLICATION_STATUS_TONE, latestDecided, openApplication } from './logic';
import { ShowcaseConsent } from './ShowcaseConsent';
import '../../styles/label.css';
import { StatusTag } from '../../components/StatusTag';
import { Button } from '../../components/Button';

/**
 * `/programmes/:id/schools/:orgId/label`: the school's label. The coordinator applies with a
 * submitted measurement, follows the review, may withdraw while it runs, and after the decision
 * reads the label, the feedback per criterion, downloads the certificate and chooses whether the
 * school appears on the public showcase. Team members and organisers read the same page.
 */
export function SchoolLabelPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { id = '', orgId = '' } = useParams();
  const [notice, setNotice] = useState<Notice | null>(null);

  // Only the coordinator applies, withdraws and gives consent; the server checks it on every call.
  const canAct = (me?.memberships ?? []).some((m) => String(m.organisationId) === orgId && m.role === 'coordinator');

  const { state: load, reload } = useLoad<SchoolApplications>(() => labelApi.schoolApplications(id, orgId), [id, orgId]);

  const schoolName = useSchoolName(orgId);
  const title = t('label.school.title');

  return (
    <Page title={title} about={schoolName} nav={<SchoolNav programmeId={id} organisationId={orgId} schoolName={schoolName} />} className="label-page">
      <p className="lead">{t('label.school.intro')}</p>
      {!canAct && load.status === 'ready' && <p className="notice">{t('label.school.readOnly')}</p>}

      <NoticeArea notice={notice} />

      <LoadStatus state={load} onRetry={reload} />
      {load.status === 'ready' && (
        <SchoolLabelBody
          data={load.data}
          programmeId={id}
          organisationId={orgId}
          canAct={canAct}
          onNotice={setNotice}
          onChanged={(text) => {
            setNotice({ text, error: false });
            reload();
          }}
        />
      )}

      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}

function SchoolLabelBody({
  data,
  programmeId,
  organisationId,
  canAct,
  onNotice,
  onChanged,
}: {
  data: SchoolApplications;
  programmeId: string;
  organisationId: string;
  canAct: boolean;
  onNotice: (notice: Notice) => void;
  onChanged: (text: string) => void;
}) {
  const { t, language } = useI18n();
  const open = openApplication(data.applications);
  const decided = latestDecided(data.applications);
  const earlier = data.applications.filter((a) => a !== open && a !== decided);

  return (
    <>
      {open ? (
        <section aria-labelledby="label-open" className="card" data-testid="open-application" data-status={open.status}>
          <h2 id="label-open">{t('label.school.openTitle')}</h2>
          <OpenApplication application={open} canAct={canAct} onNotice={onNotice} onChanged={onChanged} />
        </section>
      ) : (
        <section aria-labelledby="label-apply" className="card">
          <h2 id="label-apply">{t('label.school.applyTitle')}</h2>
          {data.eligible.length === 0 ? (
            <EmptyState
              action={<Link to={`${schoolPath(programmeId, organisationId)}/measurements/baseline`}>{t('label.school.toMeasurement')}</Link>}
            >
              {t('label.school.noEligible')}
            </EmptyState>
          ) : canAct ? (
            <ApplyForm
              programmeId={programmeId}
              organisationId={organisationId}
              eligible={data.eligible}
              again={decided !== null}
              onApplied={onChanged}
              onFailed={(text) => onNotice({ text, error: true })}
            />
          ) : (
            <p>{t('label.school.eligibleReadOnly', { count: data.eligible.length })}</p>
          )}
        </section>
      )}

      {decided && (
        <section aria-labelledby="label-decision" className="card" data-testid="latest-decision">
          <h2 id="label-decision">{t('label.school.decisionTitle')}</h2>
          <DecisionSummary application={decided} />
          <FeedbackTable application={decided} />
        </section>
      )}

      <section aria-labelledby="label-showcase" className="card">
        <h2 id="label-showcase">{t('label.showcase.title')}</h2>
        <ShowcaseConsent
          organisationId={organisationId}
          consented={data.showcase.consented}
          canAct={canAct}
          hasLabel={!!decided && decided.decision?.label !== 'none'}
          onNotice={onNotice}
        />
      </section>

      {earlier.length > 0 && (
        <section aria-labelledby="label-history">
          <h2 id="label-history">{t('label.school.historyTitle')}</h2>
          <ul>
            {earlier.map((a) => (
              <li key={String(a.id)}>
                {t('label.school.historyLine', {
                  kind: t(KIND_TEXT[a.measurementKind]),
                  date: formatMoment(a.submittedAt, language),
                  status: t(APPLICATION_STATUS_TEXT[a.status]),
                })}
                {a.decision && ` – ${formatDay(a.decision.validFrom, language)}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The application waiting for a decision: where it stands, and (coordinator) withdrawing it. */
function OpenApplication({
  application,
  canAct,
  onNotice,
  onChanged,
}: {
  application: Application;
  canAct: boolean;
  onNotice: (notice: Notice) => void;
  onChanged: (text: string) => void;
}) {
  const { t, language } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const withdrawRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const withdraw = async () => {
    setBusy(true);
    try {
      await labelApi.withdraw(application.id);
      onChanged(t('label.school.withdrawn'));
    } catch (error) {
      onNotice({ text: generalMessage(t, error), error: true });
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <>
      <p>
        <StatusTag tone={APPLICATION_STATUS_TONE[application.status]} testId="application-status">
          {t(APPLICATION_STATUS_TEXT[application.status])}
        </StatusTag>
      </p>
      <dl className="pairs">
        <div>
          <dt>{t('label.school.measurement')}</dt>
          <dd>{t(KIND_TEXT[application.measurementKind])}</dd>
        </div>
        <div>
          <dt>{t('label.school.submitted')}</dt>
          <dd>
            {application.submittedByName
              ? t('label.school.submittedBy', { when: formatMoment(application.submittedAt, language), name: application.submittedByName })
              : formatMoment(application.submittedAt, language)}
          </dd>
        </div>
        <div>
          <dt>{t('label.school.reviewer')}</dt>
          <dd>{application.reviewer ? application.reviewer.name : t('label.school.noReviewer')}</dd>
        </div>
        {application.dueOn && (
          <div>
            <dt>{t('label.school.dueOn')}</dt>
            <dd>{formatDay(application.dueOn, language)}</dd>
          </div>
        )}
      </dl>
      <p>{t(application.status === 'submitted' ? 'label.school.waitingAssignment' : 'label.school.waitingReview')}</p>
      {canAct &&
        (confirming ? (
          <div className="confirm">
            <p ref={confirmRef} tabIndex={-1}>
              <strong>{t('label.school.withdrawConfirm')}</strong>
            </p>
            <div className="actions">
              <Button variant="danger" onClick={withdraw} disabled={busy}>
                {t('label.school.withdrawYes')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setConfirming(false);
                  setTimeout(() => withdrawRef.current?.focus(), 0);
                }}
                disabled={busy}
              >
                {t('common.cancel')}
              </Button>
            </div>
          </div>
        ) : (
          <Button ref={withdrawRef} variant="secondary" onClick={() => setConfirming(true)}>
            {t('label.school.withdraw')}
          </Button>
        ))}
    </>
  );
}
