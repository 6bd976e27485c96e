import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { TextAreaField } from '../../components/fields';
import { splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useFormErrors } from '../../components/useFormErrors';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { ATTENDEES_MAX, FOLLOW_UP_MAX, FOLLOW_UPS_MAX, meetingProblems, newFollowUpKey, NOTES_MAX } from './meetingLogic';
import type { MeetingForm as Form } from './meetingLogic';
import { Button } from '../../components/Button';

const PROBLEM_TEXT: Record<string, MessageKey> = {
  'heldOn.missing': 'meetings.heldOnMissing',
  'heldOn.invalid': 'meetings.heldOnInvalid',
  'attendees.missing': 'meetings.attendeesMissing',
  'attendees.long': 'meetings.tooLong',
  'notes.long': 'meetings.tooLong',
  'followUps.missing': 'meetings.followUpMissing',
  'followUps.long': 'meetings.tooLong',
  'followUpCount.tooMany': 'meetings.followUpsTooMany',
};

/** A meeting: day, who attended, notes and follow-ups (rows added and removed freely). */
export function MeetingForm({
  idPrefix,
  title,
  initial,
  editing,
  onSave,
  onCancel,
}: {
  idPrefix: string;
  title: string;
  initial: Form;
  editing: boolean;
  onSave: (form: Form) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState<Form>(initial);
  const { errors, general, version, fail } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = { heldOn: `${idPrefix}-held-on`, attendees: `${idPrefix}-attendees`, notes: `${idPrefix}-notes`, add: `${idPrefix}-add` };
  const followUpId = (index: number) => `${idPrefix}-follow-up-${index}`;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  // The server names follow-up fields `followUps[i].text`; the form's ids in the same order.
  const fieldIds = (): Record<string, string> => {
    const map: Record<string, string> = { heldOn: ids.heldOn, attendees: ids.attendees, notes: ids.notes, followUps: ids.add };
    form.followUps.forEach((_, i) => {
      map[`followUps[${i}].text`] = followUpId(i);
      map[`followUps[${i}].id`] = followUpId(i);
    });
    return map;
  };
  const order = () => [ids.heldOn, ids.attendees, ids.notes, ...form.followUps.map((_, i) => followUpId(i)), ids.add];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = meetingProblems(form);
    if (problems.length > 0) {
      const found: FieldErrors = {};
      for (const p of problems) {
        const id =
          p.field === 'followUps' ? followUpId(p.index) : p.field === 'followUpCount' ? ids.add : ids[p.field];
        const max = p.field === 'attendees' ? ATTENDEES_MAX : p.field === 'notes' ? NOTES_MAX : p.field === 'followUpCount' ? FOLLOW_UPS_MAX : FOLLOW_UP_MAX;
        if (!found[id]) found[id] = t(PROBLEM_TEXT[`${p.field}.${p.problem}`]!, { max, number: 'index' in p ? p.index + 1 : 0 });
      }
      fail(found);
      return;
    }
    setBusy(true);
    try {
      await onSave(form);
    } catch (error) {
      const split = splitApiError(t, error, fieldIds());
      fail(split.fields, split.general);
      setBusy(false);
    }
  };

  const headingId = `${idPrefix}-heading`;
  return (
    <section className="card meeting-form" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <ErrorSummary title={t('errors.summaryTitle')} items={summaryItems(order(), errors, general)} version={version} titleId={`${idPrefix}-errors`} />
      <form className="form form--wide" onSubmit={submit} noValidate>
        <FormField
          id={ids.heldOn}
          type="date"
          label={t('meetings.heldOn')}
          value={form.heldOn}
          onChange={(heldOn) => setForm((f) => ({ ...f, heldOn }))}
          error={errors[ids.heldOn]}
          required
        />
        <TextAreaField
          id={ids.attendees}
          label={t('meetings.attendees')}
          hint={t('meetings.attendeesHint')}
          value={form.attendees}
          onChange={(attendees) => setForm((f) => ({ ...f, attendees }))}
          maxLength={ATTENDEES_MAX}
          rows={2}
          error={errors[ids.attendees]}
          required
        />
        <TextAreaField
          id={ids.notes}
          label={t('meetings.notes')}
          value={form.notes}
          onChange={(notes) => setForm((f) => ({ ...f, notes }))}
          maxLength={NOTES_MAX}
          rows={6}
          error={errors[ids.notes]}
        />
        <fieldset className="fieldset">
          <legend>{t('meetings.followUps')}</legend>
          <p className="field__hint">{t('meetings.followUpsHint')}</p>
          {form.followUps.map((f, i) => (
            <div key={f.key} className="follow-up-row">
              <FormField
                id={followUpId(i)}
                label={t('meetings.followUpLabel', { number: i + 1 })}
                value={f.text}
                onChange={(text) =>
                  setForm((current) => ({
                    ...current,
                    followUps: current.followUps.map((row) => (row.key === f.key ? { ...row, text } : row)),
                  }))
                }
                maxLength={FOLLOW_UP_MAX}
                error={errors[followUpId(i)]}
                required
              />
              <Button
                variant="secondary"
                size="small"
                onClick={() => setForm((current) => ({ ...current, followUps: current.followUps.filter((row) => row.key !== f.key) }))}
              >
                {t('meetings.removeFollowUp', { number: i + 1 })}
              </Button>
            </div>
          ))}
          {errors[ids.add] && (
            <p id={`${ids.add}-error`} className="field__error">
              {errors[ids.add]}
            </p>
          )}
          <Button
            variant="secondary"
            size="small"
            id={ids.add}
            onClick={() => setForm((f) => ({ ...f, followUps: [...f.followUps, { key: newFollowUpKey(), text: '' }] }))}
          >
            {t('meetings.addFollowUp')}
          </Button>
        </fieldset>
        <FormActions label={editing ? t('meetings.save') : t('meetings.add')} busy={busy} onCancel={onCancel} holdCancel className="actions" />
      </form>
    </section>
  );
}
