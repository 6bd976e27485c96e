import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { mentoringApi } from '../../api/mentoring';
import type { FollowUp, Meeting } from '../../api/mentoring';
import { planApi } from '../../api/plan';
import type { Goal, Plan } from '../../api/plan';
import { formatDay } from '../../components/dates';
import { generalMessage } from '../../components/formErrors';
import { EmptyState } from '../../components/EmptyState';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { Page } from '../../components/Page';
import { SchoolNav, useSchoolProgramme } from '../../components/SchoolNav';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { brusselsToday, schoolPath } from '../measurement/texts';
import { ConfirmButton } from '../../components/ConfirmButton';
import { MeetingForm } from './MeetingForm';
import { emptyMeeting, meetingInput, meetingToForm, orderMeetings } from './meetingLogic';
import '../../styles/plan.css';
import { Button } from '../../components/Button';

/**
 * `/programmes/:id/schools/:orgId/meetings`: the meeting log the mentor and the school keep together.
 * Each side writes and changes its own meetings; the school's coordinator turns a follow-up into an
 * action of a goal in the plan.
 */
export function MeetingsPage() {
  const { t } = useI18n();
  const { id = '', orgId = '' } = useParams();
  // The plan gives the school's name and its goals (for follow-ups that become actions).
  const { state, reload } = useLoad(
    () => Promise.all([mentoringApi.meetings(id, orgId), planApi.plan(id, orgId).catch(() => null)]),
    [id, orgId],
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Meeting | null>(null);

  const plan = state.status === 'ready' ? state.data[1] : null;
  const title = t('meetings.title');
  const withSchoolNav = useSchoolProgramme(orgId, id) !== null;
  const schoolName = plan?.organisationName;
  const changed = (text: string) => {
    setNotice({ text, error: false });
    reload();
  };
  const failed = (text: string) => setNotice({ text, error: true });

  return (
    <Page
      className="plan-page"
      title={title}
      about={schoolName}
      nav={<SchoolNav programmeId={id} organisationId={orgId} schoolName={schoolName} />}
    >
      <p className="lead">{t('meetings.intro')}</p>
      {/* The school's members have the plan in their navigation (SchoolNav); the mentor gets the link. */}
      {!withSchoolNav && (
        <p>
          <Link to={`${schoolPath(id, orgId)}/plan`}>{t('plan.link')}</Link>
        </p>
      )}
      <NoticeArea notice={notice} />
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <>
          {state.data[0].canCreate &&
            (adding ? (
              <MeetingForm
                idPrefix="new-meeting"
                title={t('meetings.newTitle')}
                initial={emptyMeeting(brusselsToday())}
                editing={false}
                onCancel={() => setAdding(false)}
                onSave={async (form) => {
                  await mentoringApi.addMeeting(id, orgId, meetingInput(form));
                  setAdding(false);
                  changed(t('meetings.added'));
                }}
              />
            ) : (
              <p>
                <Button onClick={() => setAdding(true)}>
                  {t('meetings.addButton')}
                </Button>
              </p>
            ))}
          {editing && (
            <MeetingForm
              key={String(editing.id)}
              idPrefix={`edit-meeting-${editing.id}`}
              title={t('meetings.editTitle', { day: editing.heldOn })}
              initial={meetingToForm(editing)}
              editing
              onCancel={() => setEditing(null)}
              onSave={async (form) => {
                await mentoringApi.updateMeeting(editing.id, meetingInput(form));
                setEditing(null);
                changed(t('meetings.saved'));
              }}
            />
          )}
          {state.data[0].meetings.length === 0 ? (
            <EmptyState>{t('meetings.none')}</EmptyState>
          ) : (
            <ol className="cards meetings" aria-label={t('meetings.listLabel')}>
              {orderMeetings(state.data[0].meetings).map((meeting) => (
                <MeetingItem
                  key={String(meeting.id)}
                  meeting={meeting}
                  plan={plan}
                  onEdit={() => setEditing(meeting)}
                  onChanged={changed}
                  onError={failed}
                />
              ))}
            </ol>
          )}
        </>
      )}
    </Page>
  );
}

function MeetingItem({
  meeting,
  plan,
  onEdit,
  onChanged,
  onError,
}: {
  meeting: Meeting;
  plan: Plan | null;
  onEdit: () => void;
  onChanged: (text: string) => void;
  onError: (text: string) => void;
}) {
  const { t, language } = useI18n();
  const day = formatDay(meeting.heldOn, language);
  const headingId = `meeting-${meeting.id}`;
  return (
    <li className="card meeting" data-meeting={meeting.id}>
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>{t('meetings.heading', { day })}</h2>
        <p className="muted">
          {t(meeting.authorSide === 'mentor' ? 'meetings.byMentor' : 'meetings.bySchool', { name: meeting.createdByName ?? '–' })}
        </p>
        <dl className="pairs">
          <div>
            <dt>{t('meetings.attendees')}</dt>
            <dd className="preserve-lines">{meeting.attendees}</dd>
          </div>
          <div>
            <dt>{t('meetings.notes')}</dt>
            <dd className="preserve-lines">{meeting.notes || '–'}</dd>
          </div>
        </dl>
        <h3>{t('meetings.followUps')}</h3>
        {meeting.followUps.length === 0 ? (
          <p className="muted">{t('meetings.noFollowUps')}</p>
        ) : (
          <ul className="follow-ups">
            {meeting.followUps.map((f) => (
              <FollowUpItem key={String(f.id)} meeting={meeting} followUp={f} plan={plan} onChanged={onChanged} onError={onError} />
            ))}
          </ul>
        )}
        {meeting.canEdit && (
          <div className="actions">
            <Button variant="secondary" size="small" onClick={onEdit}>
              {t('meetings.edit')}
              <span className="visually-hidden"> ({day})</span>
            </Button>
            <ConfirmButton
              label={
                <>
                  {t('meetings.delete')}
                  <span className="visually-hidden"> ({day})</span>
                </>
              }
              question={t('meetings.deleteQuestion', { day })}
              confirmText={t('meetings.deleteConfirm')}
              danger
              onConfirm={async () => {
                try {
                  await mentoringApi.deleteMeeting(meeting.id);
                  onChanged(t('meetings.deleted', { day }));
                } catch (error) {
                  onError(generalMessage(t, error));
                }
              }}
            />
          </div>
        )}
      </article>
    </li>
  );
}

function FollowUpItem({
  meeting,
  followUp,
  plan,
  onChanged,
  onError,
}: {
  meeting: Meeting;
  followUp: FollowUp;
  plan: Plan | null;
  onChanged: (text: string) => void;
  onError: (text: string) => void;
}) {
  const { t } = useI18n();
  const goals: Goal[] = plan?.goals.filter((g) => g.status !== 'dropped') ?? [];
  const [goalId, setGoalId] = useState('');
  const [busy, setBusy] = useState(false);
  const selectId = `follow-up-goal-${followUp.id}`;
  const linkedGoal =
    followUp.actionId === null ? null : plan?.goals.find((g) => g.actions.some((a) => String(a.id) === String(followUp.actionId)));

  return (
    <li data-follow-up={followUp.id}>
      {followUp.text}
      {followUp.actionId !== null ? (
        <span className="muted">
          {' '}
          ({linkedGoal ? t('meetings.isActionOf', { goal: linkedGoal.title }) : t('meetings.isAction')})
        </span>
      ) : (
        plan?.canEdit &&
        goals.length > 0 && (
          <div className="inline-form">
            <label htmlFor={selectId}>{t('meetings.toActionGoal', { text: followUp.text })}</label>
            <select id={selectId} value={goalId} onChange={(e) => setGoalId(e.target.value)}>
              <option value="">{t('common.choose')}</option>
              {goals.map((g) => (
                <option key={String(g.id)} value={String(g.id)}>
                  {g.title}
                </option>
              ))}
            </select>
            <Button
              size="small"
              disabled={busy || goalId === ''}
              onClick={async () => {
                setBusy(true);
                try {
                  await mentoringApi.followUpAction(meeting.id, followUp.id, goalId);
                  const goal = goals.find((g) => String(g.id) === goalId);
                  onChanged(t('meetings.actionMade', { goal: goal?.title ?? '' }));
                } catch (error) {
                  onError(generalMessage(t, error));
                } finally {
                  setBusy(false);
                }
              }}
            >
              {t('meetings.toAction')}
              <span className="visually-hidden"> ({followUp.text})</span>
            </Button>
          </div>
        )
      )}
    </li>
  );
}
