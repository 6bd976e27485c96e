import { Link } from 'react-router';
import type { HomeSurvey, LabelState, SchoolHome } from '../../api/home';
import type { SurveyGroup } from '../../api';
import { formatDay } from '../../components/dates';
import { useI18n } from '../../i18n';
import type { MessageKey, Translate } from '../../i18n';
import { schoolPath } from '../measurement/texts';
import { NextStepBox } from './NextStepBox';
import { OverdueActions } from './OverdueActions';
import { PhaseTimeline } from './PhaseTimeline';
import { countText, deadlineText, phaseName } from './todoTexts';

const LABEL_TEXT: Record<string, MessageKey> = {
  none: 'label.value.none',
  competent: 'label.value.competent',
  proficient: 'label.value.proficient',
  expert: 'label.value.expert',
};
const LABEL_STATUS_TEXT: Record<Exclude<LabelState, 'none'>, MessageKey> = {
  submitted: 'label.status.submitted',
  in_review: 'label.status.in_review',
  decided: 'label.status.decided',
};
const SURVEY_GROUP_TEXT: Record<SurveyGroup, MessageKey> = {
  leaders: 'surveys.group.leaders',
  teachers: 'surveys.group.teachers',
  students: 'surveys.group.students',
  mentor: 'surveys.group.mentor',
};

function surveyText(t: Translate, s: HomeSurvey): string {
  const responses = t('home.surveyResponses', {
    group: t(SURVEY_GROUP_TEXT[s.group]),
    phase: phaseName(t, s.kind),
    count: s.responses,
  });
  const need =
    s.needed === 0
      ? t('home.surveyEnough')
      : t('home.surveyNeed', { count: s.needed });
  return `${responses}, ${need}`;
}

/**
 * One card per programme and school of a coordinator or team member: the one next step, the deadline, what
 * else is open (the measurement's criteria, surveys short of answers, overdue actions, the plan, the label,
 * the mentor's meetings) and the phase timeline. Every link is a page of the school's own members.
 */
export function SchoolToDos({ entries }: { entries: SchoolHome[] }) {
  const { t, language } = useI18n();
  return (
    <>
      {entries.map((e) => {
        const base = schoolPath(e.programmeId, e.organisationId);
        const id = `todo-${e.programmeId}-${e.organisationId}`;
        const m = e.openMeasurement;
        const label = e.label;
        const planPath = `${base}/plan`;
        const items = [
          m && (
            <li key="measurement" className="todo__item" data-testid="measurement">
              <Link to={`${base}/measurements/${m.kind}`}>
                {m.status === 'submitted'
                  ? t('home.measurementSubmitted', { phase: phaseName(t, m.kind) })
                  : t('home.measurementProgress', { phase: phaseName(t, m.kind), answered: m.answered, total: m.total })}
              </Link>
            </li>
          ),
          e.surveys.length > 0 ? (
            <li key="surveys" className="todo__item" data-testid="surveys">
              <Link to={`${base}/surveys`}>{t('home.surveysTitle')}</Link>
              <ul>
                {e.surveys.map((s) => (
                  <li key={s.id} data-survey={s.group} className={s.needed > 0 ? 'todo__short' : undefined}>
                    {surveyText(t, s)}
                  </li>
                ))}
              </ul>
            </li>
          ) : (
            m && (
              <li key="surveys" className="todo__item" data-testid="surveys">
                <Link to={`${base}/surveys`}>{t('home.surveysTitle')}</Link>: {t('home.surveysNoneOpen')}
              </li>
            )
          ),
          e.overdueActions.length > 0 && <OverdueActions key="overdue" actions={e.overdueActions} planPath={planPath} />,
          (e.plan.goals > 0 || e.nextStep.kind === 'make_plan') && (
            <li key="plan" className="todo__item" data-testid="plan">
              <Link to={planPath}>
                {e.plan.goals === 0
                  ? t('home.planNone')
                  : t('home.plan', {
                      count: e.plan.goals,
                      progress: e.plan.progress,
                    })}
              </Link>
            </li>
          ),
          label.status !== 'none' && (
            <li key="label" className="todo__item" data-testid="label">
              <Link to={`${base}/label`}>
                {label.status === 'decided'
                  ? t('home.labelDecided', { label: t(LABEL_TEXT[label.decidedLabel ?? 'none'] ?? 'label.value.none') })
                  : t('home.labelState', { status: t(LABEL_STATUS_TEXT[label.status]) })}
              </Link>
            </li>
          ),
          e.mentor && (
            <li key="mentor" className="todo__item" data-testid="mentor">
              <Link to={`${base}/meetings`}>{t('home.mentorCompany', { company: e.mentor.companyName })}</Link>
              {e.mentor.upcomingMeetings.length > 0 && (
                <ul>
                  {e.mentor.upcomingMeetings.map((meeting) => (
                    <li key={meeting.id}>
                      {countText(t, meeting.daysUntil, 'home.meetingToday', 'home.meeting', {
                        count: meeting.daysUntil,
                        date: formatDay(meeting.heldOn, language),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ),
        ].filter(Boolean);
        return (
          <article key={id} className="todo" aria-labelledby={id} data-testid="school-todo" data-programme={e.programmeId}>
            <h3 id={id}>{t('home.schoolCardTitle', { school: e.organisationName, programme: e.programmeName })}</h3>
            <NextStepBox step={e.nextStep} headingId={`${id}-next`} />
            {e.deadline && (
              <p className="todo__deadline" data-testid="deadline">
                {deadlineText(t, language, e.deadline.kind, e.deadline.closesOn, e.deadline.daysLeft)}
                {e.deadline.extended && ` (${t('home.deadlineExtended')})`}
              </p>
            )}
            <h4 id={`${id}-more`}>{t('home.alsoToDo')}</h4>
            {items.length > 0 ? (
              <ul className="todo__list" aria-labelledby={`${id}-more`}>
                {items}
              </ul>
            ) : (
              <p className="muted">{t('home.nothingElse')}</p>
            )}
            <PhaseTimeline phases={e.phases} headingId={`${id}-phases`} />
          </article>
        );
      })}
    </>
  );
}
