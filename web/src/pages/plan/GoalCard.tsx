import { useState } from 'react';
import { Link } from 'react-router';
import type { OrganisationMember } from '../../api';
import { ACTION_STATUSES, planApi } from '../../api/plan';
import type { Action, ActionStatus, Goal } from '../../api/plan';
import { DataTable } from '../../components/DataTable';
import type { Column } from '../../components/DataTable';
import { formatDay } from '../../components/dates';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import type { CriterionInfo } from '../label/useCriteria';
import { ANSWER_LEVEL_TEXT, brusselsToday } from '../measurement/texts';
import { ActionForm } from './ActionForm';
import { CommentThread } from './CommentThread';
import { ConfirmButton } from '../../components/ConfirmButton';
import { GoalForm } from './GoalForm';
import {
  ACTION_STATUS_TEXT,
  actionInput,
  actionToForm,
  canChangeAction,
  dueText,
  EMPTY_ACTION,
  GOAL_STATUS_TEXT,
  GOAL_STATUS_TONE,
  goalChanges,
  goalToForm,
  orderActions,
} from './logic';
import { StatusTag } from '../../components/StatusTag';
import { Button } from '../../components/Button';
import { personName } from '../../components/personName';

export interface GoalCardProps {
  goal: Goal;
  canEdit: boolean;
  canComment: boolean;
  userId: string | number | undefined;
  criteria: Map<string, CriterionInfo>;
  criteriaList: CriterionInfo[];
  members: OrganisationMember[];
  /** A change was saved: say so and load the plan again. */
  onChanged: (text: string) => void;
  onError: (text: string) => void;
}

/** One goal: its facts, progress, actions and comment thread; the coordinator edits it here. */
export function GoalCard(props: GoalCardProps) {
  const { goal, canEdit, canComment, criteria, criteriaList, members, onChanged, onError } = props;
  const { t, language } = useI18n();
  const [editing, setEditing] = useState(false);
  const [addingAction, setAddingAction] = useState(false);
  const headingId = `goal-${goal.id}`;
  const name = (id: string) => criteria.get(id)?.name ?? id;
  const timeframe =
    goal.startOn || goal.endOn
      ? `${goal.startOn ? formatDay(goal.startOn, language) : '…'} – ${goal.endOn ? formatDay(goal.endOn, language) : '…'}`
      : '–';

  return (
    <article className="card goal" aria-labelledby={headingId} data-goal={goal.id} data-status={goal.status}>
      <h3 id={headingId}>{goal.title}</h3>
      <p>
        <StatusTag tone={GOAL_STATUS_TONE[goal.status]}>{t(GOAL_STATUS_TEXT[goal.status])}</StatusTag>
      </p>
      <div className="progress-line">
        <label htmlFor={`${headingId}-progress`}>{t('plan.goal.progress', { progress: goal.progress })}</label>
        <progress id={`${headingId}-progress`} max={100} value={goal.progress}>
          {goal.progress}%
        </progress>
      </div>
      {editing ? (
        <GoalForm
          idPrefix={`edit-goal-${goal.id}`}
          title={t('plan.goal.editTitle', { title: goal.title })}
          initial={goalToForm(goal)}
          editing
          criteria={criteriaList}
          members={members}
          onCancel={() => setEditing(false)}
          onSave={async (form) => {
            const changes = goalChanges(goal, form);
            if (Object.keys(changes).length > 0) await planApi.updateGoal(goal.id, changes);
            setEditing(false);
            onChanged(t('plan.goal.saved', { title: form.title.trim() }));
          }}
        />
      ) : (
        <dl className="pairs">
          <div>
            <dt>{t('plan.goal.criteria')}</dt>
            <dd>
              <ul className="plain">
                {goal.criterionIds.map((id) => (
                  <li key={id}>
                    {name(id)}{' '}
                    <Link to={`/resources?criterion=${encodeURIComponent(id)}`}>
                      {t('plan.resourcesLink')}
                      <span className="visually-hidden"> ({name(id)})</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          <div>
            <dt>{t('plan.goal.target')}</dt>
            <dd>{t(ANSWER_LEVEL_TEXT[goal.targetLevel])}</dd>
          </div>
          <div>
            <dt>{t('plan.goal.indicator')}</dt>
            <dd className="preserve-lines">{goal.successIndicator || '–'}</dd>
          </div>
          <div>
            <dt>{t('plan.goal.owner')}</dt>
            <dd>{personName(t, goal.ownerName) ?? '–'}</dd>
          </div>
          <div>
            <dt>{t('plan.goal.timeframe')}</dt>
            <dd>{timeframe}</dd>
          </div>
          <div>
            <dt>{t('plan.goal.resources')}</dt>
            <dd className="preserve-lines">{goal.resources || '–'}</dd>
          </div>
          <div>
            <dt>{t('plan.goal.monitoring')}</dt>
            <dd className="preserve-lines">{goal.monitoring || '–'}</dd>
          </div>
        </dl>
      )}
      {canEdit && !editing && (
        <div className="actions">
          <Button variant="secondary" size="small" onClick={() => setEditing(true)}>
            {t('plan.goal.edit')}
            <span className="visually-hidden"> ({goal.title})</span>
          </Button>
          <ConfirmButton
            label={
              <>
                {t('plan.goal.delete')}
                <span className="visually-hidden"> ({goal.title})</span>
              </>
            }
            question={t('plan.goal.deleteQuestion', { title: goal.title })}
            confirmText={t('plan.goal.deleteConfirm')}
            danger
            onConfirm={async () => {
              try {
                await planApi.deleteGoal(goal.id);
                onChanged(t('plan.goal.deleted', { title: goal.title }));
              } catch (error) {
                onError(generalMessage(t, error));
              }
            }}
          />
        </div>
      )}

      <h4 id={`${headingId}-actions`}>{t('plan.actions.title')}</h4>
      {goal.actions.length === 0 ? (
        <p className="muted">{t('plan.actions.none')}</p>
      ) : (
        <ActionsTable {...props} />
      )}
      {canEdit &&
        (addingAction ? (
          <ActionForm
            idPrefix={`new-action-${goal.id}`}
            title={t('plan.action.addTitle', { goal: goal.title })}
            initial={EMPTY_ACTION}
            editing={false}
            members={members}
            withOwner
            onCancel={() => setAddingAction(false)}
            onSave={async (form) => {
              await planApi.addAction(goal.id, actionInput(form));
              setAddingAction(false);
              onChanged(t('plan.action.added', { title: form.title.trim() }));
            }}
          />
        ) : (
          <p>
            <Button variant="secondary" size="small" onClick={() => setAddingAction(true)}>
              {t('plan.action.addButton')}
              <span className="visually-hidden"> ({goal.title})</span>
            </Button>
          </p>
        ))}

      <CommentThread goal={goal} canComment={canComment} onAdded={() => onChanged(t('plan.comments.added'))} />
    </article>
  );
}

function ActionsTable({ goal, canEdit, userId, members, onChanged, onError }: GoalCardProps) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState<Action | null>(null);
  const today = brusselsToday();

  const setStatus = async (action: Action, status: ActionStatus) => {
    try {
      await planApi.updateAction(action.id, { status });
      onChanged(t('plan.action.statusSaved', { title: action.title, status: t(ACTION_STATUS_TEXT[status]) }));
    } catch (error) {
      onError(generalMessage(t, error));
    }
  };

  const columns: Column<Action>[] = [
    { title: t('plan.action.title'), rowHeader: true, cell: (a) => a.title },
    { title: t('plan.action.owner'), cell: (a) => personName(t, a.ownerName) ?? '–' },
    {
      title: t('plan.action.dueOn'),
      cell: (a) => {
        const due = dueText(a.dueOn, a.status, today);
        return (
          <>
            {a.dueOn ? formatDay(a.dueOn, language) : '–'}
            {a.overdue && a.status !== 'done' && (
              <>
                {' '}
                <StatusTag tone="problem">{t('plan.overdue')}</StatusTag>
              </>
            )}
            {due && <span className="muted"> ({due.key === 'plan.due.today' ? t(due.key) : t(due.key, { count: due.days })})</span>}
          </>
        );
      },
    },
    {
      title: t('plan.action.status'),
      cell: (a) =>
        canChangeAction(a, canEdit, userId) ? (
          <select
            aria-label={t('plan.action.statusOf', { title: a.title })}
            value={a.status}
            onChange={(e) => setStatus(a, e.target.value as ActionStatus)}
            data-action-status={a.id}
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(ACTION_STATUS_TEXT[s])}
              </option>
            ))}
          </select>
        ) : (
          t(ACTION_STATUS_TEXT[a.status])
        ),
    },
    {
      title: <span className="visually-hidden">{t('plan.action.changes')}</span>,
      cell: (a) =>
        canChangeAction(a, canEdit, userId) ? (
          <div className="actions actions--tight">
            <Button variant="secondary" size="small" onClick={() => setEditing(a)}>
              {t('plan.action.edit')}
              <span className="visually-hidden"> ({a.title})</span>
            </Button>
            {canEdit && (
              <ConfirmButton
                label={
                  <>
                    {t('plan.action.delete')}
                    <span className="visually-hidden"> ({a.title})</span>
                  </>
                }
                question={t('plan.action.deleteQuestion', { title: a.title })}
                confirmText={t('plan.action.deleteConfirm')}
                danger
                onConfirm={async () => {
                  try {
                    await planApi.deleteAction(a.id);
                    onChanged(t('plan.action.deleted', { title: a.title }));
                  } catch (error) {
                    onError(generalMessage(t, error));
                  }
                }}
              />
            )}
          </div>
        ) : null,
    },
  ];

  return (
    <>
      <DataTable
        caption={t('plan.actions.caption', { goal: goal.title })}
        columns={columns}
        rows={orderActions(goal.actions)}
        rowKey={(a) => String(a.id)}
        rowProps={(a) => ({ 'data-action': a.id, 'data-status': a.status })}
      />
      {editing && (
        <ActionForm
          key={String(editing.id)}
          idPrefix={`edit-action-${editing.id}`}
          title={t('plan.action.editTitle', { title: editing.title })}
          initial={actionToForm(editing)}
          editing
          members={members}
          withOwner={canEdit}
          onCancel={() => setEditing(null)}
          onSave={async (form) => {
            await planApi.updateAction(editing.id, actionInput(form, canEdit));
            setEditing(null);
            onChanged(t('plan.action.saved', { title: form.title.trim() }));
          }}
        />
      )}
    </>
  );
}
