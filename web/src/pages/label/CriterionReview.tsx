import { useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { ANSWER_LEVELS } from '../../api';
import type { AnswerLevel } from '../../api';
import { labelApi } from '../../api/label';
import type { Application, ApplicationCriterion, SnapshotEvidence } from '../../api/label';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { ANSWER_LEVEL_TEXT } from '../measurement/texts';
import { FEEDBACK_MAX, fileSize } from './logic';
import { Button } from '../../components/Button';

/** The id of a criterion's first accepted-level radio button: error summaries link here. */
export function acceptedFieldId(criterionId: string): string {
  return `accepted-${criterionId}`;
}

type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'error'; message: string };

/**
 * One criterion on the review page: what the school said (level, comment, evidence opening in a new
 * tab) beside the reviewer's accepted level and feedback, saved with its own button.
 */
export function CriterionReview({
  applicationId,
  criterion,
  name,
  editable,
  error,
  onSaved,
  onDirty,
}: {
  applicationId: string | number;
  criterion: ApplicationCriterion;
  name: string;
  editable: boolean;
  error?: string;
  onSaved: (application: Application) => void;
  onDirty: (criterionId: string, dirty: boolean) => void;
}) {
  const { t } = useI18n();
  const id = criterion.criterionId;
  const [level, setLevel] = useState<AnswerLevel | null>(criterion.acceptedLevel);
  const [feedback, setFeedback] = useState(criterion.feedback);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [localError, setLocalError] = useState<string | null>(null);
  const dirty = level !== criterion.acceptedLevel || feedback !== criterion.feedback;
  const shownError = localError ?? error;
  const headingId = `criterion-${id}`;
  const statusId = `review-status-${id}`;
  const errorId = shownError ? `accepted-${id}-error` : undefined;
  const levelName = (value: AnswerLevel | null) => (value ? t(ANSWER_LEVEL_TEXT[value]) : t('reviews.page.noLevel'));

  const changeLevel = (next: AnswerLevel) => {
    setLevel(next);
    setLocalError(null);
    onDirty(id, next !== criterion.acceptedLevel || feedback !== criterion.feedback);
  };
  const changeFeedback = (next: string) => {
    setFeedback(next);
    onDirty(id, level !== criterion.acceptedLevel || next !== criterion.feedback);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (level === null) {
      setLocalError(t('reviews.page.levelMissing', { name }));
      document.getElementById(acceptedFieldId(id))?.focus();
      return;
    }
    setSave({ status: 'saving' });
    try {
      const application = await labelApi.saveReview(applicationId, id, level, feedback);
      setSave({ status: 'saved' });
      onDirty(id, false);
      onSaved(application);
    } catch (err) {
      setSave({ status: 'error', message: generalMessage(t, err) });
    }
  };

  return (
    <article className="review-criterion" aria-labelledby={headingId} data-criterion={id}>
      <h3 id={headingId}>{name}</h3>
      <div className="review-criterion__columns">
        <div className="review-criterion__school">
          <h4>{t('reviews.page.schoolSays')}</h4>
          <dl className="pairs pairs--stacked">
            <div>
              <dt>{t('reviews.page.schoolLevel')}</dt>
              <dd data-testid={`school-level-${id}`}>{levelName(criterion.level)}</dd>
            </div>
            <div>
              <dt>{t('reviews.page.schoolComment')}</dt>
              <dd className="preserve-lines">{criterion.comment || t('reviews.page.noComment')}</dd>
            </div>
          </dl>
          <h5>{t('reviews.page.evidence', { count: criterion.evidence.length })}</h5>
          {criterion.evidence.length === 0 ? (
            <p className="muted">{t('reviews.page.noEvidence')}</p>
          ) : (
            <ul className="evidence-list">
              {criterion.evidence.map((item) => (
                <EvidenceItem key={String(item.id)} item={item} />
              ))}
            </ul>
          )}
        </div>

        <div className="review-criterion__reviewer">
          <h4>{t('reviews.page.yourReview')}</h4>
          {editable ? (
            <form onSubmit={submit} noValidate>
              <fieldset
                className={shownError ? 'fieldset level-choice field--error' : 'fieldset level-choice'}
                aria-describedby={errorId}
              >
                <legend>{t('reviews.page.acceptedLevel', { name })}</legend>
                {shownError && (
                  <p id={errorId} className="field__error">
                    {shownError}
                  </p>
                )}
                {ANSWER_LEVELS.map((value, index) => {
                  const inputId = index === 0 ? acceptedFieldId(id) : `accepted-${id}-${value}`;
                  return (
                    <div className="check" key={value}>
                      <input
                        type="radio"
                        id={inputId}
                        name={`accepted-${id}`}
                        value={value}
                        checked={level === value}
                        onChange={(e: ChangeEvent<HTMLInputElement>) => e.target.checked && changeLevel(value)}
                      />
                      <label htmlFor={inputId}>
                        {t(ANSWER_LEVEL_TEXT[value])}
                        {value === criterion.level && (
                          <>
                            {' '}
                            <span className="muted">{t('reviews.page.schoolsChoice')}</span>
                          </>
                        )}
                      </label>
                    </div>
                  );
                })}
              </fieldset>
              <div className="field">
                <label htmlFor={`feedback-${id}`}>{t('reviews.page.feedback', { name })}</label>
                <textarea
                  id={`feedback-${id}`}
                  name={`feedback-${id}`}
                  rows={3}
                  maxLength={FEEDBACK_MAX}
                  value={feedback}
                  aria-describedby={statusId}
                  onChange={(e: ChangeEvent<HTMLTextAreaElement>) => changeFeedback(e.target.value)}
                />
              </div>
              <div className="actions">
                <Button type="submit" variant="secondary" disabled={save.status === 'saving'}>
                  {t('reviews.page.save')}
                  {' '}<span className="visually-hidden">({name})</span>
                </Button>
                <p id={statusId} role="status" className={`save-status save-status--${save.status}`}>
                  {save.status === 'saving' && t('common.saving')}
                  {save.status === 'error' && t('reviews.page.saveFailed', { message: save.message })}
                  {save.status !== 'saving' && save.status !== 'error' && dirty && t('reviews.page.unsaved')}
                  {save.status === 'saved' && !dirty && t('reviews.page.saved')}
                </p>
              </div>
            </form>
          ) : (
            <dl className="pairs pairs--stacked">
              <div>
                <dt>{t('reviews.page.acceptedLevelShort')}</dt>
                <dd data-testid={`accepted-level-${id}`}>{levelName(criterion.acceptedLevel)}</dd>
              </div>
              <div>
                <dt>{t('reviews.page.feedbackShort')}</dt>
                <dd className="preserve-lines">{criterion.feedback || '–'}</dd>
              </div>
            </dl>
          )}
        </div>
      </div>
    </article>
  );
}

/** A snapshot evidence item: files open inline (PDF and images) or download; links open the page. */
function EvidenceItem({ item }: { item: SnapshotEvidence }) {
  const { t, language } = useI18n();
  const href = item.kind === 'file' && item.fileUrl ? labelApi.inlineFileUrl(item.fileUrl) : item.url;
  const meta =
    item.kind === 'file'
      ? [item.fileName, fileSize(item.size, language)].filter(Boolean).join(', ')
      : item.url ?? '';
  return (
    <li data-evidence={item.id}>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {item.title}
          {' '}<span className="visually-hidden">({t(item.kind === 'file' ? 'reviews.page.fileNewTab' : 'reviews.page.linkNewTab')})</span>
        </a>
      ) : (
        item.title
      )}
      {meta && <span className="muted evidence-list__meta"> – {meta}</span>}
      {item.description && <p className="evidence-list__description">{item.description}</p>}
    </li>
  );
}
