import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api';
import { planApi } from '../../api/plan';
import type { Plan } from '../../api/plan';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { SchoolNav, useSchoolProgramme } from '../../components/SchoolNav';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { useCriteria } from '../label/useCriteria';
import { schoolPath } from '../measurement/texts';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';
import { HistoryView } from './HistoryView';
import { goalInput, EMPTY_GOAL, orderGoals, overdueCount } from './logic';
import { MentorBox } from './MentorBox';
import { ProposalList } from './ProposalList';
import { useMembers } from './useMembers';
import '../../styles/plan.css';
import { StatusTag } from '../../components/StatusTag';
import { Button } from '../../components/Button';

/**
 * `/programmes/:id/schools/:orgId/plan`: the school's action plan. The coordinator turns proposals into
 * goals, adds goals and actions; team members change the actions they own; the matched mentor and the
 * organisers read and comment. With the exports, the history and the school's mentor.
 */
export function PlanPage() {
  const { t } = useI18n();
  const { id = '', orgId = '' } = useParams();
  const { state, reload } = useLoad(
    () => Promise.all([planApi.plan(id, orgId), api.programme(id).catch(() => null)]),
    [id, orgId],
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  const [version, setVersion] = useState(0);

  const plan = state.status === 'ready' ? state.data[0] : null;
  const title = t('plan.title');
  const schoolName = plan?.organisationName;

  const changed = (text: string) => {
    setNotice({ text, error: false });
    setVersion((v) => v + 1);
    reload();
  };
  const failed = (text: string) => setNotice({ text, error: true });

  return (
    <Page
      title={title}
      about={schoolName}
      nav={<SchoolNav programmeId={id} organisationId={orgId} schoolName={schoolName} />}
      className="plan-page"
    >
      <p className="lead">{t('plan.intro')}</p>
      <NoticeArea notice={notice} />
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <PlanBody
          plan={state.data[0]}
          frameworkId={state.data[1]?.frameworkId ?? null}
          frameworkVersion={state.data[1]?.frameworkVersion ?? null}
          programmeId={id}
          organisationId={orgId}
          version={version}
          onChanged={changed}
          onError={failed}
        />
      )}
    </Page>
  );
}

function PlanBody({
  plan,
  frameworkId,
  frameworkVersion,
  programmeId,
  organisationId,
  version,
  onChanged,
  onError,
}: {
  plan: Plan;
  frameworkId: string | null;
  frameworkVersion: string | null;
  programmeId: string;
  organisationId: string;
  version: number;
  onChanged: (text: string) => void;
  onError: (text: string) => void;
}) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const criteria = useCriteria(frameworkId, frameworkVersion);
  const criteriaList = [...criteria.values()];
  const members = useMembers(organisationId, plan.canEdit);
  const [adding, setAdding] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const goals = orderGoals(plan.goals);
  const overdue = overdueCount(plan.goals);
  const base = schoolPath(programmeId, organisationId);
  // The school's own members have these pages in their navigation (SchoolNav); a mentor has not.
  const withSchoolNav = useSchoolProgramme(organisationId, programmeId) !== null;

  return (
    <>
      {!plan.canEdit && <p className="notice">{t(plan.canComment ? 'plan.readOnlyComment' : 'plan.readOnly')}</p>}
      <section className="card plan-summary" aria-labelledby="plan-summary-title">
        <h2 id="plan-summary-title">{t('plan.summary.title')}</h2>
        <div className="progress-line">
          <label htmlFor="plan-progress">{t('plan.summary.progress', { progress: plan.progress })}</label>
          <progress id="plan-progress" max={100} value={plan.progress}>
            {plan.progress}%
          </progress>
        </div>
        <p>
          {t('plan.summary.goals', { count: plan.goals.length })}
          {overdue > 0 && (
            <>
              {' '}
              <StatusTag tone="problem" testId="plan-overdue">
                {t('plan.summary.overdue', { count: overdue })}
              </StatusTag>
            </>
          )}
        </p>
        <ul className="links downloads">
          <li>
            <a href={planApi.exportUrl(programmeId, organisationId, 'pdf', language)}>{t('plan.export.pdf')}</a>
          </li>
          <li>
            <a href={planApi.exportUrl(programmeId, organisationId, 'xlsx', language)}>{t('plan.export.xlsx')}</a>
          </li>
          {!withSchoolNav && (
            <>
              <li>
                <Link to={`${base}/meetings`}>{t('meetings.link')}</Link>
              </li>
              <li>
                <Link to={`${base}/results?kind=baseline`}>{t('school.resultsLink')}</Link>
              </li>
            </>
          )}
        </ul>
      </section>

      <MentorBox programmeId={programmeId} organisationId={organisationId} />

      {(plan.canEdit || plan.proposals.length > 0) && (
        <ProposalList
          plan={plan}
          programmeId={programmeId}
          organisationId={organisationId}
          criteria={criteria}
          criteriaList={criteriaList}
          members={members}
          onChanged={onChanged}
          onError={onError}
        />
      )}

      <section aria-labelledby="goals-title" className="goals">
        <h2 id="goals-title">{t('plan.goals.title')}</h2>
        {goals.length === 0 && <EmptyState>{t('plan.goals.none')}</EmptyState>}
        {goals.map((goal) => (
          <GoalCard
            key={String(goal.id)}
            goal={goal}
            canEdit={plan.canEdit}
            canComment={plan.canComment}
            userId={me?.user.id}
            criteria={criteria}
            criteriaList={criteriaList}
            members={members}
            onChanged={onChanged}
            onError={onError}
          />
        ))}
        {plan.canEdit &&
          (adding ? (
            <GoalForm
              idPrefix="new-goal"
              title={t('plan.goal.newTitle')}
              initial={EMPTY_GOAL}
              editing={false}
              criteria={criteriaList}
              members={members}
              onCancel={() => setAdding(false)}
              onSave={async (form) => {
                await planApi.addGoal(programmeId, organisationId, goalInput(form));
                setAdding(false);
                onChanged(t('plan.goal.added', { title: form.title.trim() }));
              }}
            />
          ) : (
            <p>
              <Button onClick={() => setAdding(true)}>
                {t('plan.goal.addButton')}
              </Button>
            </p>
          ))}
      </section>

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t('plan.history.title')}</h2>
        <Button
          variant="secondary"
          size="small"
          aria-expanded={showHistory}
          aria-controls="plan-history"
          onClick={() => setShowHistory((s) => !s)}
        >
          {t(showHistory ? 'plan.history.hide' : 'plan.history.show')}
        </Button>
        <div id="plan-history">
          {showHistory && <HistoryView programmeId={programmeId} organisationId={organisationId} version={version} />}
        </div>
      </section>
    </>
  );
}
