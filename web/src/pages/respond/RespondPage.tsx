import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { isApiError } from '../../api/client';
import type { PublicSurvey, SurveyAnswers } from '../../api/surveys';
import { surveyApi } from '../../api/surveys';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { SummaryItem } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { label } from '../../components/enumLabels';
import { generalMessage, rateLimitedMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { RESPOND_GROUP_TEXT } from '../surveys/labels';
import {
  answeredCount,
  answersToSend,
  elementNames,
  firstOpenStep,
  groupByElement,
  parseScore,
  shorten,
  unanswered,
} from './answers';
import { formatCode, normaliseCode } from './code';
import { loadDraft, saveDraft } from './draft';
import { PrivacyLink } from './PrivacyLink';
import { fetchQuestionnaire } from './questionnaire';
import { Link, navigate } from './router';
import { scaleOptions } from './scale';
import type { OptionValue } from './scale';
import { StatementField } from './StatementField';

type Problem = 'notFound' | 'closed' | 'rateLimited' | 'other';

type Load =
  | { status: 'loading' }
  | { status: 'problem'; problem: Problem; message: string }
  | { status: 'ready'; survey: PublicSurvey };

const OWN_SCALE: Record<OptionValue, MessageKey> = {
  '1': 'respond.scale.1',
  '2': 'respond.scale.2',
  '3': 'respond.scale.3',
  '4': 'respond.scale.4',
  '5': 'respond.scale.5',
  dontknow: 'respond.scale.dontknow',
};

const fieldId = (criterionId: string) => `q-${criterionId}`;

/** Wide enough for the whole questionnaire on one page; narrower screens get one statement per screen. */
const WIDE = '(min-width: 48rem)';

/** True below 48rem (a phone). Without `matchMedia` (the unit tests' jsdom) the page is wide. */
function useNarrow(): boolean {
  const query = () => (typeof window.matchMedia === 'function' ? window.matchMedia(WIDE) : null);
  const [narrow, setNarrow] = useState(() => query()?.matches === false);
  useEffect(() => {
    const media = query();
    if (!media) return;
    const update = () => setNarrow(!media.matches);
    update();
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, []);
  return narrow;
}

/**
 * The questionnaire behind a survey code: anonymous, for a phone first. On a narrow screen one statement
 * per screen (a step), with its place in a progress bar, back and next buttons, and a last step to check
 * and send; on a wide screen the whole list on one page. Every answer is kept in the draft at once.
 */
export function RespondPage({ code: rawCode }: { code: string }) {
  const { t, language } = useI18n();
  const code = normaliseCode(rawCode);
  const narrow = useNarrow();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [answers, setAnswers] = useState<SurveyAnswers>(() => loadDraft(code));
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [showMissing, setShowMissing] = useState(false);
  const [version, setVersion] = useState(0);
  const [sending, setSending] = useState(false);
  // The step shown on a narrow screen: 0..statements-1, then `statements.length` (check and send).
  const [step, setStep] = useState(0);
  const hadSurvey = useRef(false);
  // What takes the focus after a step change: the step's statement (or heading), or a field by id.
  const focusAfterStep = useRef<string | null>(null);
  const stepBox = useRef<HTMLDivElement>(null);

  // A fresh questionnaire (and single-use token) for every language and after a spent token; the
  // answers given so far are kept (they are keyed by criterion).
  useEffect(() => {
    let live = true;
    if (!hadSurvey.current) setLoad({ status: 'loading' });
    fetchQuestionnaire(code, language).then(
      (survey) => {
        if (!live) return;
        // The first time: a phone starts at the first statement the draft has no answer for.
        if (!hadSurvey.current) setStep(firstOpenStep(survey.statements, answers));
        hadSurvey.current = true;
        setLoad({ status: 'ready', survey });
      },
      (error) => {
        if (!live) return;
        hadSurvey.current = false;
        setLoad({ status: 'problem', ...problemOf(error) });
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, language, attempt]);

  // After a step change: the new statement takes the focus (a screen reader reads its question and
  // options), and the page scrolls back up when the step starts above the screen.
  useEffect(() => {
    const target = focusAfterStep.current;
    const box = stepBox.current;
    if (!target || !box) return;
    focusAfterStep.current = null;
    if (box.getBoundingClientRect().top < 0) box.scrollIntoView({ block: 'start' });
    const element = target === 'step' ? box.querySelector<HTMLElement>('[data-step-focus]') : document.getElementById(target);
    element?.focus({ preventScroll: true });
  }, [step, narrow]);

  const problemOf = (error: unknown): { problem: Problem; message: string } => {
    if (isApiError(error) && (error.status === 404 || error.code === 'not_found'))
      return { problem: 'notFound', message: t('respond.notFoundText') };
    if (isApiError(error) && (error.status === 410 || error.code === 'survey_closed'))
      return { problem: 'closed', message: t('respond.closedText') };
    if (isApiError(error) && (error.status === 429 || error.code === 'rate_limited'))
      return { problem: 'rateLimited', message: rateLimitedMessage(t, error.retryAfter) };
    return { problem: 'other', message: generalMessage(t, error) };
  };

  if (load.status === 'loading') {
    return (
      <div className="respond">
        <PageHeading title={t('respond.title')}>{t('respond.title')}</PageHeading>
        <Loading />
      </div>
    );
  }
  if (load.status === 'problem') {
    return <ProblemView problem={load.problem} message={load.message} retry={() => setAttempt((a) => a + 1)} />;
  }

  const { survey } = load;
  const total = survey.statements.length;
  const answered = answeredCount(survey.statements, answers);
  const missing = new Set(unanswered(survey.statements, answers).map((s) => s.criterionId));
  const options = scaleOptions(survey.scale, (value) => t(OWN_SCALE[value]));
  const group = label(t, RESPOND_GROUP_TEXT, survey.group);
  const title = t('respond.titleFor', { group });
  const names = elementNames(survey);
  const parts = groupByElement(survey.statements);
  const current = Math.min(step, total);
  const reviewing = narrow && current === total;

  const choose = (criterionId: string, value: string) => {
    const score = parseScore(value);
    if (score === undefined) return;
    setAnswers((previous) => {
      const next = { ...previous, [criterionId]: score };
      saveDraft(code, next);
      return next;
    });
  };

  const goToStep = (next: number, focus: string = 'step') => {
    focusAfterStep.current = focus;
    // The summary belongs to the last step (where it was sent from); each statement keeps its own message.
    if (next !== total) setErrors([]);
    setStep(Math.max(0, Math.min(next, total)));
  };

  // A link in the error summary: on a phone, first to the step of that statement.
  const goToField = (field: string) => {
    const index = survey.statements.findIndex((s) => fieldId(s.criterionId) === field);
    if (index === -1) document.getElementById(field)?.focus();
    else goToStep(index, field);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // On a phone, Enter on a statement's option goes on to the next statement.
    if (narrow && current < total) {
      goToStep(current + 1);
      return;
    }
    const open = unanswered(survey.statements, answers);
    if (open.length > 0) {
      setShowMissing(true);
      setErrors([
        { message: t('respond.missingCount', { count: open.length, total }) },
        ...open.map((s) => ({
          field: fieldId(s.criterionId),
          message: t('respond.missingAnswer', { statement: shorten(s.text) }),
        })),
      ]);
      setVersion((v) => v + 1);
      return;
    }
    setSending(true);
    try {
      await surveyApi.respond(survey.code || code, survey.token, answersToSend(survey.statements, answers));
      saveDraft(code, null);
      navigate(`/s/${code}/done`, { replace: true });
    } catch (error) {
      if (isApiError(error) && error.code === 'survey_token_invalid') {
        // The token was spent or expired: fetch a fresh questionnaire; the answers stay.
        setErrors([{ message: t('respond.tokenRenewed') }]);
        setAttempt((a) => a + 1);
      } else if (isApiError(error) && (error.status === 410 || error.status === 404)) {
        setLoad({ status: 'problem', ...problemOf(error) });
        return;
      } else if (isApiError(error) && Object.keys(error.fields).length > 0) {
        const byId = new Map(survey.statements.map((s) => [s.criterionId, s]));
        setErrors(
          Object.entries(error.fields).map(([name, message]) => {
            // The server names an answer's field `answers.C04`.
            const criterion = name.replace(/^answers\./, '');
            const statement = byId.get(criterion);
            return statement
              ? { field: fieldId(criterion), message: `${shorten(statement.text)}: ${message}` }
              : { message };
          }),
        );
      } else {
        setErrors([{ message: generalMessage(t, error) }]);
      }
      setVersion((v) => v + 1);
    } finally {
      setSending(false);
    }
  };

  const partHeading = (index: number) => {
    const part = parts[index]!;
    const name = names[part.elementId];
    return name
      ? t('respond.partNamed', { number: index + 1, total: parts.length, name })
      : t('respond.part', { number: index + 1, total: parts.length });
  };

  const field = (statement: PublicSurvey['statements'][number], focusable = false) => (
    <StatementField
      key={statement.criterionId}
      id={fieldId(statement.criterionId)}
      statement={statement.text}
      options={options}
      value={answers[statement.criterionId]}
      error={showMissing && missing.has(statement.criterionId) ? t('respond.chooseAnswer') : undefined}
      onChange={(value) => choose(statement.criterionId, value)}
      focusable={focusable}
    />
  );

  const sendButton = (
    <Button type="submit" size="big" disabled={sending}>
      {sending ? t('respond.sending') : t('respond.submit')}
    </Button>
  );

  const summary = (
    <ErrorSummary
      title={t('respond.summaryTitle')}
      items={errors}
      version={version}
      goTo={narrow ? goToField : undefined}
    />
  );

  let content;
  if (!narrow) {
    content = (
      <>
        {summary}
        <form className="respond-form" onSubmit={submit} noValidate>
          {parts.map((part, i) => {
            const headingId = `part-${part.elementId}`;
            return (
              <section key={part.elementId} aria-labelledby={headingId} className="respond-part">
                <h2 id={headingId}>{partHeading(i)}</h2>
                {part.statements.map((statement) => field(statement))}
              </section>
            );
          })}
          <div className="respond-submit">
            <Progress answered={answered} total={total} id="respond-progress-end" />
            {sendButton}
          </div>
        </form>
      </>
    );
  } else if (reviewing) {
    content = (
      <div ref={stepBox} className="respond-step">
        <form className="respond-form" onSubmit={submit} noValidate>
          <h2 id="respond-review-title" className="respond-step__title" tabIndex={-1} data-step-focus>
            {t('respond.reviewTitle')}
          </h2>
          <Progress answered={answered} total={total} id="respond-progress" />
          {summary}
          <p>{t('respond.reviewText')}</p>
          <p className="notice">{t('respond.anonymous')}</p>
          <div className="respond-nav">
            {total > 0 && (
              <Button variant="secondary" size="big" onClick={() => goToStep(total - 1)}>
                {t('respond.back')}
              </Button>
            )}
            {sendButton}
          </div>
        </form>
      </div>
    );
  } else {
    const statement = survey.statements[current]!;
    const partIndex = parts.findIndex((p) => p.elementId === statement.elementId);
    content = (
      <div ref={stepBox} className="respond-step">
        <div className="respond-progress">
          <p id="respond-step-label" className="respond-progress__text">
            {t('respond.step', { number: current + 1, total })}
          </p>
          <progress aria-labelledby="respond-step-label" max={total} value={current + 1} />
        </div>
        <form className="respond-form" onSubmit={submit} noValidate>
          <section aria-labelledby="respond-step-part" className="respond-part">
            <h2 id="respond-step-part">{partHeading(partIndex)}</h2>
            {field(statement, true)}
          </section>
          <div className="respond-nav">
            {current > 0 && (
              <Button variant="secondary" size="big" onClick={() => goToStep(current - 1)}>
                {t('respond.back')}
              </Button>
            )}
            <Button type="submit" size="big" className="respond-nav__next">
              {t('respond.next')}
            </Button>
          </div>
        </form>
      </div>
    );
  }

  return (
    <div className="respond" data-layout={narrow ? 'steps' : 'list'}>
      <PageHeading title={title}>
        {title}
        <span className="visually-hidden"> – </span>
        <span className="page-heading__sub">{survey.schoolName}</span>
      </PageHeading>
      {(!narrow || current === 0) && (
        <>
          <p className="lead">{t('respond.intro')}</p>
          <p className="notice">
            {t('respond.anonymous')} <PrivacyLink />
          </p>
        </>
      )}
      {!narrow && <Progress answered={answered} total={total} id="respond-progress" />}
      {content}
      <p className="muted">
        {t('respond.codeShown', { code: formatCode(survey.code || code) })}{' '}
        <Link to="/s" className="respond-link">
          {t('respond.enterOtherCode')}
        </Link>
      </p>
    </div>
  );
}

function Progress({ answered, total, id }: { answered: number; total: number; id: string }) {
  const { t } = useI18n();
  return (
    <div className="respond-progress">
      <p id={`${id}-label`} className="respond-progress__text">
        {t('respond.progress', { answered, total })}
      </p>
      <progress aria-labelledby={`${id}-label`} max={Math.max(total, 1)} value={answered} />
    </div>
  );
}

function ProblemView({ problem, message, retry }: { problem: Problem; message: string; retry: () => void }) {
  const { t } = useI18n();
  const titles: Record<Problem, MessageKey> = {
    notFound: 'respond.notFoundTitle',
    closed: 'respond.closedTitle',
    rateLimited: 'respond.rateLimitedTitle',
    other: 'respond.errorTitle',
  };
  const title = t(titles[problem]);
  return (
    <div className="respond" data-problem={problem}>
      <PageHeading title={title}>{title}</PageHeading>
      <p className={problem === 'closed' ? 'notice' : 'notice notice--error'}>{message}</p>
      {(problem === 'rateLimited' || problem === 'other') && (
        <p>
          <Button size="big" onClick={retry}>
            {t('common.retry')}
          </Button>
        </p>
      )}
      <p>
        <Link to="/s" className="respond-link">
          {problem === 'notFound' ? t('respond.enterCodeAgain') : t('respond.enterOtherCode')}
        </Link>
      </p>
    </div>
  );
}
