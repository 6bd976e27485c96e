import { Link } from 'react-router';
import type { MentorSchoolHome } from '../../api/home';
import { formatDay } from '../../components/dates';
import { useI18n } from '../../i18n';
import { schoolPath } from '../measurement/texts';
import { countText } from './todoTexts';
import { personName } from '../../components/personName';

/**
 * A mentor's confirmed schools (GET /api/me/home `mentor`): per school the questions the school left on its
 * action plan for the mentor, the coming meetings, the last one, the plan's progress and overdue actions,
 * with the meeting log and the plan (both open to the confirmed mentor). Without a school: what to expect.
 */
export function MentorToDos({ schools }: { schools: MentorSchoolHome[] }) {
  const { t, language } = useI18n();
  const all = (
    <p>
      <Link to="/mentoring">{t('mentoring.homeLink')}</Link>
    </p>
  );
  if (schools.length === 0)
    return (
      <>
        <p data-testid="mentor-empty">{t('home.mentor.none')}</p>
        {all}
      </>
    );
  return (
    <>
      {schools.map((s) => {
        const base = schoolPath(s.programmeId, s.organisationId);
        const id = `mentor-${s.programmeId}-${s.organisationId}`;
        return (
          <article key={id} className="todo" aria-labelledby={id} data-testid="mentor-school">
            <h3 id={id}>{s.name}</h3>
            <p className="muted">
              {s.programmeName} · {s.companyName}
            </p>
            <ul className="todo__list">
              {s.waitingComments.length > 0 && (
                <li className="todo__item todo__item--warning" data-testid="waiting-comments">
                  <span className="todo__label">
                    {t('home.mentor.comments', {
                      count: s.waitingComments.length,
                    })}
                  </span>
                  <ul>
                    {s.waitingComments.map((c) => (
                      <li key={c.goalId}>
                        <Link to={`${base}/plan`}>{t('home.mentor.commentItem', { goal: c.goalTitle, author: personName(t, c.authorName) ?? '' })}</Link>
                      </li>
                    ))}
                  </ul>
                </li>
              )}
              <li className="todo__item" data-testid="meetings">
                {s.upcomingMeetings.length === 0 ? (
                  t('home.mentor.noUpcoming')
                ) : (
                  <ul>
                    {s.upcomingMeetings.map((m) => (
                      <li key={m.id}>
                        {countText(t, m.daysUntil, 'home.meetingToday', 'home.meeting', {
                          count: m.daysUntil,
                          date: formatDay(m.heldOn, language),
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
              <li className="todo__item" data-testid="last-meeting">
                {s.lastMeetingOn ? t('home.mentor.lastMeeting', { date: formatDay(s.lastMeetingOn, language) }) : t('home.mentor.noMeeting')}
              </li>
              <li className="todo__item" data-testid="plan">
                {s.planGoals === 0
                  ? t('home.planNone')
                  : t('home.plan', { count: s.planGoals, progress: s.planProgress })}
                {s.overdueActions > 0 &&
                  `; ${t('home.mentor.overdue', {
                    count: s.overdueActions,
                  })}`}
              </li>
            </ul>
            <ul className="todo__links">
              <li>
                <Link to={`${base}/meetings`}>{t('meetings.link')}</Link>
              </li>
              <li>
                <Link to={`${base}/plan`}>{t('home.mentor.planLink')}</Link>
              </li>
            </ul>
          </article>
        );
      })}
      {all}
    </>
  );
}
