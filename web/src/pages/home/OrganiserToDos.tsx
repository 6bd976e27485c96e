import { Link } from 'react-router';
import type { Home, OrganiserProgrammeHome } from '../../api/home';
import type { QuestionTopic } from '../../api/questions';
import { formatMoment } from '../../components/dates';
import { useI18n } from '../../i18n';
import type { Translate } from '../../i18n';
import { TOPIC_TEXT } from '../askus/logic';
import { PhaseTimeline } from './PhaseTimeline';
import { deadlineText, phaseName } from './todoTexts';

type OrganiserHome = NonNullable<Home['organiser']>;

/** What waits for the organiser in one programme: registrations, label applications, submitted measurements. */
function programmeItems(t: Translate, p: OrganiserProgrammeHome) {
  const base = `/organiser/programmes/${p.id}`;
  const items = [];
  if (p.pendingRegistrations > 0)
    items.push(
      <li key="registrations" className="todo__item" data-testid="registrations">
        <Link to={`${base}/registrations`}>
          {t('home.org.registrations', {
            count: p.pendingRegistrations,
          })}
        </Link>
      </li>,
    );
  if (p.labelToAssign > 0)
    items.push(
      <li key="assign" className="todo__item" data-testid="label-assign">
        <Link to={`${base}/label`}>
          {t('home.org.labelAssign', { count: p.labelToAssign })}
        </Link>
      </li>,
    );
  if (p.labelInReview > 0)
    items.push(
      <li key="review" className={`todo__item${p.labelOverdue > 0 ? ' todo__item--warning' : ''}`} data-testid="label-review">
        <Link to={`${base}/label`}>
          {t('home.org.labelReview', { count: p.labelInReview })}
        </Link>
        {p.labelOverdue > 0 &&
          ` (${t('home.org.labelOverdue', { count: p.labelOverdue })})`}
      </li>,
    );
  // The submissions of the measurement that runs now (or ran last): how far the schools are.
  for (const kind of ['baseline', 'final'] as const) {
    const phase = p.phases.find((ph) => ph.kind === kind);
    if (!phase || phase.time === 'future' || p.schools === 0) continue;
    const count = kind === 'baseline' ? p.baselineSubmitted : p.finalSubmitted;
    items.push(
      <li key={kind} className="todo__item" data-testid={`submitted-${kind}`}>
        <Link to={`${base}/progress`}>
          {t('home.org.submitted', { phase: phaseName(t, kind), submitted: count, count: p.schools })}
        </Link>
      </li>,
    );
  }
  return items;
}

/**
 * The organiser's to-dos (GET /api/me/home `organiser`): the "Ask us" questions waiting for an answer, nearest
 * due first, and per programme their organisation runs the running phase, the decisions waiting and the
 * timeline. Links go to the organiser's own pages of those programmes.
 */
export function OrganiserToDos({ data }: { data: OrganiserHome }) {
  const { t, language } = useI18n();
  const { questions } = data;
  return (
    <>
      <div className="todo" data-testid="organiser-questions">
        <h3>{t('home.org.questionsTitle')}</h3>
        {questions.open === 0 ? (
          <p>{t('home.org.questionsNone')}</p>
        ) : (
          <>
            <p className={questions.overdue > 0 ? 'todo__warning' : undefined}>
              {t('home.org.questions', { count: questions.open })}
              {questions.overdue > 0 &&
                `, ${t('home.org.questionsOverdue', {
                  count: questions.overdue,
                })}`}
            </p>
            <ul className="todo__list">
              {questions.first.map((q) => (
                <li key={q.id} className={`todo__item${q.secondsLeft < 0 ? ' todo__item--warning' : ''}`} data-question={q.id}>
                  <Link to={`/organiser/questions/${q.id}`}>{q.name}</Link>{' '}
                  <span className="muted">
                    ({TOPIC_TEXT[q.topic as QuestionTopic] ? t(TOPIC_TEXT[q.topic as QuestionTopic]) : q.topic},{' '}
                    {q.secondsLeft < 0
                      ? t('home.org.overdueSince', { moment: formatMoment(q.dueAtUnix, language) })
                      : t('home.org.dueBy', { moment: formatMoment(q.dueAtUnix, language) })}
                    {q.takenByMe && `, ${t('home.org.takenByMe')}`})
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <Link to="/organiser/questions">{t('home.questionsLink')}</Link>
        </p>
        <p>
          <Link to="/organiser/deletion-requests">{t('home.deletionRequestsLink')}</Link>
        </p>
        {(data.undeliveredMail ?? 0) > 0 ? (
          <p className="todo__warning" data-testid="undelivered-mail">
            <Link to="/organiser/undelivered-mail?status=failed">
              {t('home.org.undeliveredMail', { count: data.undeliveredMail ?? 0 })}
            </Link>
          </p>
        ) : (
          <p>
            <Link to="/organiser/undelivered-mail">{t('home.undeliveredMailLink')}</Link>
          </p>
        )}
      </div>
      {data.programmes.length === 0 ? (
        <p>
          {t('home.org.programmesNone')} <Link to="/organiser/programmes/new">{t('home.org.newProgramme')}</Link>
        </p>
      ) : (
        data.programmes.map((p) => {
          const id = `organiser-programme-${p.id}`;
          const items = programmeItems(t, p);
          const current = p.phases.find((ph) => ph.time === 'current');
          return (
            <article key={p.id} className="todo" aria-labelledby={id} data-testid="organiser-programme" data-programme={p.id}>
              <h3 id={id}>{p.name}</h3>
              <p className="todo__deadline" data-testid="current-phase">
                {current && current.daysLeft !== null
                  ? deadlineText(t, language, current.kind, current.closesOn, current.daysLeft)
                  : t('home.org.noCurrentPhase')}
              </p>
              {items.length > 0 ? <ul className="todo__list">{items}</ul> : <p className="muted">{t('home.org.nothingWaits')}</p>}
              <PhaseTimeline phases={p.phases} headingId={`${id}-phases`} />
              <ul className="todo__links">
                <li>
                  <Link to={`/organiser/programmes/${p.id}/registrations`}>{t('organiser.nav.registrations')}</Link>
                </li>
                <li>
                  <Link to={`/organiser/programmes/${p.id}/progress`}>{t('organiser.nav.progress')}</Link>
                </li>
                <li>
                  <Link to={`/organiser/programmes/${p.id}/label`}>{t('label.organiser.nav')}</Link>
                </li>
              </ul>
            </article>
          );
        })
      )}
    </>
  );
}
