import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QUESTION_TOPICS, questionsApi } from '../../api/questions';
import type { NewQuestion, QuestionTopic } from '../../api/questions';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { Page } from '../../components/Page';
import { CheckboxField, Honeypot, SelectField, TextAreaField } from '../../components/fields';
import { looksLikeEmail, splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { PHASE_TEXT } from '../../components/enumLabels';
import { useI18n } from '../../i18n';
import type { Translate } from '../../i18n';
import { useSession } from '../../session';
import { localMomentInWords, TOPIC_TEXT } from './logic';

type Fields = Omit<NewQuestion, 'language'>;

const EMPTY: Fields = { name: '', email: '', organisation: '', topic: '', question: '', consent: false, website: '' };
const ORDER = ['name', 'email', 'organisation', 'topic', 'question', 'consent'];
const FIELD_IDS = Object.fromEntries(ORDER.map((f) => [f, f]));
export const QUESTION_MIN = 10;
export const QUESTION_MAX = 5000;

/** The checks made before sending; the server checks everything again and names each bad field. */
export function checkQuestion(t: Translate, form: Fields): FieldErrors {
  const errors: FieldErrors = {};
  if (!form.name.trim()) errors.name = t('askUs.required.name');
  if (!form.email.trim()) errors.email = t('askUs.required.email');
  else if (!looksLikeEmail(form.email)) errors.email = t('validation.emailInvalid');
  if (!form.topic) errors.topic = t('askUs.required.topic');
  const length = form.question.trim().length;
  if (length === 0) errors.question = t('askUs.required.question');
  else if (length < QUESTION_MIN) errors.question = t('askUs.questionShort', { min: QUESTION_MIN });
  if (!form.consent) errors.consent = t('askUs.required.consent');
  return errors;
}

/** `/ask`: anyone asks a question; after sending, the page says by when the answer will come. */
export function AskPage() {
  const { t, language } = useI18n();
  // `/ask?programme=12`, linked from a programme's page: the question goes to that programme's organisers.
  const [params] = useSearchParams();
  const programmeParam = params.get('programme');
  const programmeId = programmeParam && /^[1-9][0-9]{0,15}$/.test(programmeParam) ? Number(programmeParam) : undefined;
  // `/ask?programme=12&topic=measurement&extension=baseline&school=3`, the home's way to ask for more time
  // after a measurement closed: the form starts with the topic and a draft, and the signed-in person and their
  // school as soon as the session is known (a page loaded afresh learns it after the first render).
  const extension = params.get('extension');
  const asksForTime = extension === 'baseline' || extension === 'final';
  const [form, setForm] = useState<Fields>(() => {
    if (!asksForTime) return EMPTY;
    const topic = params.get('topic');
    return {
      ...EMPTY,
      topic: QUESTION_TOPICS.includes(topic as QuestionTopic) ? (topic as QuestionTopic) : 'measurement',
      question: t('askUs.extensionDraft', { phase: t(PHASE_TEXT[extension]).toLocaleLowerCase(language === 'nl' ? 'nl-BE' : 'en-GB') }),
    };
  });
  const { me } = useSession();
  const schoolParam = params.get('school');
  useEffect(() => {
    if (!asksForTime || !me) return;
    const school = me.memberships.find((m) => String(m.organisationId) === schoolParam);
    setForm((f) => ({
      ...f,
      name: f.name || me.user.name,
      email: f.email || me.user.email,
      organisation: f.organisation || (school?.organisationName ?? ''),
    }));
  }, [asksForTime, me, schoolParam]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ dueAt: string; email: string } | null>(null);

  const title = t('askUs.title');

  if (done) {
    const doneTitle = t('askUs.doneTitle');
    return (
      <Page className="narrow" title={doneTitle}>
        <div className="notice" role="status">
          <p>{t('askUs.doneDue', { due: localMomentInWords(done.dueAt, language) })}</p>
          <p>{t('askUs.doneMail', { email: done.email })}</p>
        </div>
        <p>
          <Button
            variant="secondary"
            onClick={() => {
              setForm(EMPTY);
              setDone(null);
            }}
          >
            {t('askUs.askAnother')}
          </Button>
        </p>
      </Page>
    );
  }

  const set =
    <K extends keyof Fields>(key: K) =>
    (value: Fields[K]) =>
      setForm((f) => ({ ...f, [key]: value }));

  const fail = (f: FieldErrors, g: string | null) => {
    setErrors(f);
    setGeneral(g);
    setVersion((v) => v + 1);
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found = checkQuestion(t, form);
    if (Object.keys(found).length > 0) return fail(found, null);
    setBusy(true);
    try {
      const body: NewQuestion = { ...form, name: form.name.trim(), email: form.email.trim(), language, ...(programmeId ? { programmeId } : {}) };
      const answer = await questionsApi.ask(body);
      fail({}, null);
      setDone({ dueAt: answer.dueAt, email: body.email });
    } catch (error) {
      const split = splitApiError(t, error, FIELD_IDS);
      fail(split.fields, split.general);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page className="narrow" title={title}>
      <p className="lead">{t('askUs.intro')}</p>
      <p>{t('askUs.workingDays')}</p>
      <p>{t('askUs.allRequired')}</p>
      <ErrorSummary title={t('errors.summaryTitle')} items={summaryItems(ORDER, errors, general)} version={version} />
      <form noValidate onSubmit={submit} className="form">
        <FormField id="name" label={t('askUs.name')} value={form.name} onChange={set('name')} error={errors.name} autoComplete="name" maxLength={200} required />
        <FormField id="email" type="email" label={t('askUs.email')} value={form.email} onChange={set('email')} error={errors.email} autoComplete="email" required />
        <FormField
          id="organisation"
          label={t('askUs.organisation')}
          hint={t('askUs.organisationHint')}
          value={form.organisation}
          onChange={set('organisation')}
          error={errors.organisation}
          autoComplete="organization"
          maxLength={200}
        />
        <SelectField
          id="topic"
          label={t('askUs.topic')}
          value={form.topic}
          onChange={(v) => set('topic')(v as QuestionTopic)}
          options={QUESTION_TOPICS.map((topic) => ({ value: topic, label: t(TOPIC_TEXT[topic]) }))}
          placeholder={t('common.choose')}
          error={errors.topic}
          required
        />
        <TextAreaField
          id="question"
          label={t('askUs.question')}
          hint={t('askUs.questionHint', { min: QUESTION_MIN, max: QUESTION_MAX })}
          value={form.question}
          onChange={set('question')}
          error={errors.question}
          rows={8}
          maxLength={QUESTION_MAX}
          required
        />
        <CheckboxField id="consent" label={t('askUs.consent')} checked={form.consent} onChange={set('consent')} error={errors.consent} required />
        <Honeypot label={t('register.honeypot')} value={form.website} onChange={set('website')} />
        <div className="form__actions">
          <Button type="submit" disabled={busy}>
            {busy ? t('askUs.submitting') : t('askUs.submit')}
          </Button>
          <Link to="/programmes">{t('common.cancel')}</Link>
        </div>
      </form>
    </Page>
  );
}
