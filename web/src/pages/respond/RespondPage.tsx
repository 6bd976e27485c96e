import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api';
import { surveyApi } from '../../api/surveys';
import type { PublicSurvey, SurveyAnswers } from '../../api/surveys';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { SummaryItem } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { label } from '../../components/enumLabels';
import { generalMessage, rateLimitedMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { RESPOND_GROUP_TEXT } from '../surveys/labels';
import { answeredCount, answersToSend, groupByElement, parseScore, shorten, unanswered } from './answers';
import { formatCode, normaliseCode } from './code';
import { scaleOptions } from './scale';
import type { OptionValue } from './scale';
import { loadDraft, saveDraft } from './draft';
import { StatementField } from './StatementField';
import { useElementNames } from './useElementNames';

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

/** The questionnaire behind a survey code: anonymous, one column, for a phone first. */
export function RespondPage() {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const { code: rawCode = '' } = useParams();
  const code = normaliseCode(rawCode);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [answers, setAnswers] = useState<SurveyAnswers>(() => loadDraft(code));
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [showMissing, setShowMissing] = useState(false);
  const [version, setVersion] = useState(0);
  const [sending, setSending] = useState(false);
  const hadSurvey = useRef(false);
  const names = useElementNames(load.status === 'ready' ? load.survey : null, language);

  // A fresh questionnaire (and single-use token) for every language and after a spent token; the
  // answers given so far are kept (they are keyed by criterion).
  useEffect(() => {
    let live = true;
    if (!hadSurvey.current) setLoad({ status: 'loading' });
    surveyApi.questionnaire(code).then(
      (survey) => {
        if (!live) return;
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

  const choose = (criterionId: string, value: string) => {
    const score = parseScore(value);
    if (score === undefined) return;
    setAnswers((current) => {
      const next = { ...current, [criterionId]: score };
      saveDraft(code, next);
      return next;
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
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

  const parts = groupByElement(survey.statements);

  return (
    <div className="respond">
      <PageHeading title={title}>
        {title}
        <span className="visually-hidden"> – </span>
        <span className="page-heading__sub">{survey.schoolName}</span>
      </PageHeading>
      <p className="lead">{t('respond.intro')}</p>
      <p className="notice">{t('respond.anonymous')}</p>
      <Progress answered={answered} total={total} id="respond-progress" />

      <ErrorSummary title={t('respond.summaryTitle')} items={errors} version={version} />

      <form className="respond-form" onSubmit={submit} noValidate>
        {parts.map((part, i) => {
          const headingId = `part-${part.elementId}`;
          const name = names[part.elementId];
          return (
            <section key={part.elementId} aria-labelledby={headingId} className="respond-part">
              <h2 id={headingId}>
                {name
                  ? t('respond.partNamed', { number: i + 1, total: parts.length, name })
                  : t('respond.part', { number: i + 1, total: parts.length })}
              </h2>
              {part.statements.map((statement) => (
                <StatementField
                  key={statement.criterionId}
                  id={fieldId(statement.criterionId)}
                  statement={statement.text}
                  options={options}
                  value={answers[statement.criterionId]}
                  error={showMissing && missing.has(statement.criterionId) ? t('respond.chooseAnswer') : undefined}
                  onChange={(value) => choose(statement.criterionId, value)}
                />
              ))}
            </section>
          );
        })}
        <div className="respond-submit">
          <Progress answered={answered} total={total} id="respond-progress-end" />
          <button type="submit" className="button button--big" disabled={sending}>
            {sending ? t('respond.sending') : t('respond.submit')}
          </button>
        </div>
      </form>
      <p className="muted">
        {t('respond.codeShown', { code: formatCode(survey.code || code) })} <Link to="/s">{t('respond.enterOtherCode')}</Link>
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
          <button type="button" className="button button--big" onClick={retry}>
            {t('common.retry')}
          </button>
        </p>
      )}
      <p>
        <Link to="/s">{problem === 'notFound' ? t('respond.enterCodeAgain') : t('respond.enterOtherCode')}</Link>
      </p>
    </div>
  );
}
