import { useState } from 'react';
import type { FormEvent } from 'react';
import { useParams } from 'react-router';
import { questionsApi } from '../../api/questions';
import type { Question } from '../../api/questions';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { FormActions } from '../../components/FormActions';
import { NoticeArea } from '../../components/NoticeArea';
import { Page } from '../../components/Page';
import { TextAreaField } from '../../components/fields';
import { generalMessage, looksLikeEmail, splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { localMomentInWords, localMomentShort, STATUS_TEXT, timeLeftText, TOPIC_TEXT, urgency } from './logic';
import '../../styles/askus.css';

/** `/organiser/questions/:id`: one question with take, answer and forward. */
export function QuestionPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const { state, reload, setData } = useLoad(() => questionsApi.question(id), [id]);
  const [notice, setNotice] = useState<string | null>(null);

  const title = state.status === 'ready' ? t('inbox.detailTitle', { name: state.data.name }) : t('inbox.title');
  const changed = (q: Question, message: string) => {
    setData(q);
    setNotice(message);
  };
  return (
    <Page
      className="askus-page narrow"
      title={title}
      back={{ to: "/organiser/questions", label: t('inbox.back') }}
      load={state}
      onRetry={reload}
    >
      {(q) => (
        <>
          <NoticeArea notice={notice ? { text: notice, error: false } : null} />
          <QuestionView q={q} onChange={changed} />
        </>
      )}
    </Page>
  );
}

function QuestionView({ q, onChange }: { q: Question; onChange: (q: Question, message: string) => void }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const mine = q.takenBy !== null && me !== null && String(q.takenBy.id) === String(me.user.id);
  const answered = q.status === 'answered';
  return (
    <>
      <section className="card" aria-labelledby="question-title">
        <h2 id="question-title">{t('inbox.questionTitle')}</h2>
        <dl className="question-facts">
          <dt>{t('inbox.from')}</dt>
          <dd>
            {q.name}
            {q.organisation && ` (${q.organisation})`}
          </dd>
          <dt>{t('inbox.email')}</dt>
          <dd>
            <a href={`mailto:${q.email}`}>{q.email}</a>
          </dd>
          <dt>{t('inbox.col.topic')}</dt>
          <dd>{t(TOPIC_TEXT[q.topic])}</dd>
          <dt>{t('inbox.language')}</dt>
          <dd>{t(q.language === 'en' ? 'inbox.languageName.en' : 'inbox.languageName.nl')}</dd>
          <dt>{t('inbox.col.received')}</dt>
          <dd>{localMomentInWords(q.receivedAt, language)}</dd>
          <dt>{t('inbox.col.due')}</dt>
          <dd>{localMomentInWords(q.dueAt, language)}</dd>
          <dt>{t('inbox.col.timeLeft')}</dt>
          <dd className={`time-left time-left--${urgency(q)}`}>
            {q.secondsLeft === null
              ? t(q.onTime ? 'inbox.handledOnTime' : 'inbox.handledLate')
              : timeLeftText(t, q.secondsLeft)}
          </dd>
          <dt>{t('inbox.col.status')}</dt>
          <dd data-testid="question-status">{t(STATUS_TEXT[q.status])}</dd>
          <dt>{t('inbox.col.takenBy')}</dt>
          <dd>{q.takenBy ? (mine ? t('inbox.you', { name: q.takenBy.name }) : q.takenBy.name) : '–'}</dd>
        </dl>
        <p className="question-text" lang={q.language}>
          {q.question}
        </p>
        {!answered && !mine && <TakeButton q={q} onChange={onChange} />}
      </section>

      {q.forwardedTo && (
        <section className="card" aria-labelledby="forwarded-title">
          <h2 id="forwarded-title">{t('inbox.forwardedTitle')}</h2>
          <p>
            {t('inbox.forwardedInfo', {
              email: q.forwardedTo,
              name: q.forwardedBy?.name ?? '–',
              at: localMomentShort(q.forwardedAt),
            })}
          </p>
          {q.forwardNote && <p className="question-text">{q.forwardNote}</p>}
        </section>
      )}

      {answered ? (
        <section className="card" aria-labelledby="answer-title">
          <h2 id="answer-title">{t('inbox.answerShown')}</h2>
          <p>{t('inbox.answeredBy', { name: q.answeredBy?.name ?? '–', at: localMomentShort(q.answeredAt) })}</p>
          <p className="question-text" lang={q.language}>
            {q.answer}
          </p>
        </section>
      ) : (
        <>
          <AnswerForm q={q} onChange={onChange} />
          <ForwardForm q={q} onChange={onChange} />
        </>
      )}
    </>
  );
}

function TakeButton({ q, onChange }: { q: Question; onChange: (q: Question, message: string) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const take = async () => {
    setBusy(true);
    setError(null);
    try {
      onChange(await questionsApi.take(q.id), t('inbox.taken'));
    } catch (e) {
      setError(generalMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <Button onClick={take} disabled={busy}>
        {q.takenBy ? t('inbox.takeOver', { name: q.takenBy.name }) : t('inbox.take')}
      </Button>
    </>
  );
}

function AnswerForm({ q, onChange }: { q: Question; onChange: (q: Question, message: string) => void }) {
  const { t } = useI18n();
  const [answer, setAnswer] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const fail = (f: FieldErrors, g: string | null) => {
    setErrors(f);
    setGeneral(g);
    setVersion((v) => v + 1);
  };
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!answer.trim()) return fail({ answer: t('inbox.answerRequired') }, null);
    setBusy(true);
    try {
      const updated = await questionsApi.answer(q.id, answer);
      fail({}, null);
      onChange(updated, t('inbox.answered', { email: q.email }));
    } catch (error) {
      const split = splitApiError(t, error, { answer: 'answer' });
      fail(split.fields, split.general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="answer-form-title">
      <h2 id="answer-form-title">{t('inbox.answerTitle')}</h2>
      <ErrorSummary
        title={t('errors.summaryTitle')}
        items={summaryItems(['answer'], errors, general)}
        version={version}
        titleId="answer-errors-title"
      />
      <form noValidate onSubmit={submit} className="form">
        <TextAreaField
          id="answer"
          label={t('inbox.answer')}
          hint={t('inbox.answerHint', {
            email: q.email,
            language: t(q.language === 'en' ? 'inbox.languageName.en' : 'inbox.languageName.nl'),
          })}
          value={answer}
          onChange={setAnswer}
          error={errors.answer}
          rows={8}
          maxLength={10000}
          required
        />
        <FormActions label={t('inbox.answerSubmit')} busy={busy} />
      </form>
    </section>
  );
}

function ForwardForm({ q, onChange }: { q: Question; onChange: (q: Question, message: string) => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const fail = (f: FieldErrors, g: string | null) => {
    setErrors(f);
    setGeneral(g);
    setVersion((v) => v + 1);
  };
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!email.trim()) return fail({ 'forward-email': t('inbox.forwardEmailRequired') }, null);
    if (!looksLikeEmail(email)) return fail({ 'forward-email': t('validation.emailInvalid') }, null);
    setBusy(true);
    try {
      const updated = await questionsApi.forward(q.id, email.trim(), note);
      fail({}, null);
      onChange(updated, t('inbox.forwarded', { email: email.trim() }));
      setEmail('');
      setNote('');
    } catch (error) {
      const split = splitApiError(t, error, { email: 'forward-email', note: 'forward-note' });
      fail(split.fields, split.general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="forward-form-title">
      <h2 id="forward-form-title">{t('inbox.forwardTitle')}</h2>
      <p>{t('inbox.forwardIntro')}</p>
      <ErrorSummary
        title={t('errors.summaryTitle')}
        items={summaryItems(['forward-email', 'forward-note'], errors, general)}
        version={version}
        titleId="forward-errors-title"
      />
      <form noValidate onSubmit={submit} className="form">
        <FormField
          id="forward-email"
          type="email"
          label={t('inbox.forwardEmail')}
          value={email}
          onChange={setEmail}
          error={errors['forward-email']}
          required
        />
        <TextAreaField
          id="forward-note"
          label={t('inbox.forwardNote')}
          value={note}
          onChange={setNote}
          error={errors['forward-note']}
          rows={3}
          maxLength={2000}
        />
        <div className="form__actions">
          <Button type="submit" variant="secondary" disabled={busy}>
            {t('inbox.forwardSubmit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
