import { useEffect, useRef, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { LABEL_LEVELS, labelApi } from '../../api/label';
import type { Application, LabelLevel } from '../../api/label';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { SummaryItem } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/fields';
import { splitApiError } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { acceptedFieldId } from './CriterionReview';
import { decisionProblems, LABEL_TEXT, needsOverrideReason, OVERRIDE_REASON_MAX, OVERRIDE_REASON_MIN } from './logic';
import { Button } from '../../components/Button';
import { FormActions } from '../../components/FormActions';

const LABEL_ID = 'decision-label';
const REASON_ID = 'decision-reason';

/**
 * The reviewer's decision: the label (the proposal unless chosen otherwise) and, when it differs
 * from the proposal, the reason. Checked here first, confirmed, then sent; the server checks again.
 */
export function DecisionForm({
  application,
  unsaved,
  criterionName,
  onCriterionErrors,
  onDecided,
}: {
  application: Application;
  /** Names of criteria with changes not saved yet. */
  unsaved: string[];
  criterionName: (id: string) => string;
  onCriterionErrors: (errors: Record<string, string>) => void;
  onDecided: (application: Application) => void;
}) {
  const { t } = useI18n();
  const proposal = application.proposal;
  const [picked, setPicked] = useState<LabelLevel | null>(null);
  const [reason, setReason] = useState('');
  const [items, setItems] = useState<SummaryItem[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [version, setVersion] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  // Until the reviewer picks a label, the choice follows the proposal as reviews are saved.
  const label: LabelLevel | '' = picked ?? proposal?.label ?? '';
  const differs = needsOverrideReason(label, proposal);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const fail = (summary: SummaryItem[], fields: Record<string, string>) => {
    setItems(summary);
    setFieldErrors(fields);
    setVersion((v) => v + 1);
  };

  const check = (e: FormEvent) => {
    e.preventDefault();
    const summary: SummaryItem[] = [];
    const fields: Record<string, string> = {};
    const perCriterion: Record<string, string> = {};
    if (unsaved.length > 0) summary.push({ message: t('reviews.decision.unsaved', { names: unsaved.join(', ') }) });
    for (const problem of decisionProblems(label, reason, proposal, application.criteria)) {
      if (problem === 'notReviewed') {
        for (const c of application.criteria.filter((x) => x.acceptedLevel === null)) {
          const message = t('reviews.page.levelMissing', { name: criterionName(c.criterionId) });
          perCriterion[c.criterionId] = message;
          summary.push({ field: acceptedFieldId(c.criterionId), message });
        }
      } else if (problem === 'label') {
        fields[LABEL_ID] = t('reviews.decision.labelMissing');
      } else {
        fields[REASON_ID] = t(
          problem === 'reasonMissing'
            ? 'reviews.decision.reasonMissing'
            : problem === 'reasonShort'
              ? 'reviews.decision.reasonShort'
              : 'reviews.decision.reasonLong',
          { min: OVERRIDE_REASON_MIN, max: OVERRIDE_REASON_MAX },
        );
      }
    }
    if (fields[LABEL_ID]) summary.push({ field: LABEL_ID, message: fields[LABEL_ID] });
    if (fields[REASON_ID]) summary.push({ field: REASON_ID, message: fields[REASON_ID] });
    onCriterionErrors(perCriterion);
    if (summary.length > 0) {
      fail(summary, fields);
      return;
    }
    fail([], {});
    setConfirming(true);
  };

  const decide = async () => {
    if (label === '') return;
    setBusy(true);
    try {
      const decided = await labelApi.decide(application.id, label, differs ? reason.trim() : null);
      onDecided(decided);
    } catch (error) {
      const ids: Record<string, string> = { label: LABEL_ID, overrideReason: REASON_ID };
      for (const c of application.criteria) ids[c.criterionId] = acceptedFieldId(c.criterionId);
      const split = splitApiError(t, error, ids);
      const perCriterion: Record<string, string> = {};
      for (const c of application.criteria) {
        const message = split.fields[acceptedFieldId(c.criterionId)];
        if (message) perCriterion[c.criterionId] = message;
      }
      onCriterionErrors(perCriterion);
      const summary: SummaryItem[] = split.general ? [{ message: split.general }] : [];
      for (const [field, message] of Object.entries(split.fields)) summary.push({ field, message });
      setConfirming(false);
      setBusy(false);
      fail(summary, split.fields);
    }
  };

  const labelError = fieldErrors[LABEL_ID];
  return (
    <>
      <ErrorSummary title={t('errors.summaryTitle')} items={items} version={version} />
      <form className="form" onSubmit={check} noValidate>
        <fieldset
          className={labelError ? 'field fieldset field--error' : 'field fieldset'}
          aria-describedby={labelError ? `${LABEL_ID}-error` : undefined}
        >
          <legend>{t('reviews.decision.label')}</legend>
          {labelError && (
            <p id={`${LABEL_ID}-error`} className="field__error">
              {labelError}
            </p>
          )}
          {LABEL_LEVELS.map((value, index) => {
            const inputId = index === 0 ? LABEL_ID : `${LABEL_ID}-${value}`;
            return (
              <div className="check" key={value}>
                <input
                  type="radio"
                  id={inputId}
                  name="decision-label"
                  value={value}
                  checked={label === value}
                  disabled={confirming}
                  onChange={(e: ChangeEvent<HTMLInputElement>) => e.target.checked && setPicked(value)}
                />
                <label htmlFor={inputId}>
                  {t(LABEL_TEXT[value])}
                  {proposal?.label === value && (
                    <>
                      {' '}
                      <span className="muted">{t('reviews.decision.proposed')}</span>
                    </>
                  )}
                </label>
              </div>
            );
          })}
        </fieldset>
        {differs && (
          <TextAreaField
            id={REASON_ID}
            label={t('reviews.decision.reason')}
            hint={t('reviews.decision.reasonHint', {
              proposal: proposal ? t(LABEL_TEXT[proposal.label]) : '',
              min: OVERRIDE_REASON_MIN,
              max: OVERRIDE_REASON_MAX,
            })}
            value={reason}
            onChange={setReason}
            error={fieldErrors[REASON_ID]}
            maxLength={OVERRIDE_REASON_MAX}
            required
          />
        )}
        {confirming ? (
          <div className="confirm">
            <p ref={confirmRef} tabIndex={-1}>
              <strong>{t('reviews.decision.confirm', { label: label ? t(LABEL_TEXT[label]) : '' })}</strong>
            </p>
            <p>{t('reviews.decision.confirmText')}</p>
            <div className="actions">
              <Button onClick={decide} disabled={busy}>
                {t('reviews.decision.yes')}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)} disabled={busy}>
                {t('common.cancel')}
              </Button>
            </div>
          </div>
        ) : (
          <FormActions label={t('reviews.decision.submit')} busy={false} />
        )}
      </form>
    </>
  );
}
