import { useState } from 'react';
import type { FormEvent } from 'react';
import { SESSION_TYPES } from '../../api/network';
import type { Id, Session, SessionInput } from '../../api/network';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { SelectField, TextAreaField } from '../../components/fields';
import { splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { checkSessionForm, EMPTY_SESSION_FORM, formToInput, sessionToForm } from './logic';
import type { SessionForm as Form, SessionFormProblem } from './logic';
import { SESSION_TYPE_TEXT } from './texts';

const ORDER = ['s-type', 's-title', 's-description', 's-date', 's-start', 's-end', 's-host', 's-venue', 's-address', 's-capacity', 's-group'];

/** Server field names (docs/api.md) → input ids. */
const FIELD_IDS: Record<string, string> = {
  type: 's-type',
  title: 's-title',
  description: 's-description',
  startsAt: 's-start',
  endsAt: 's-end',
  hostSchoolId: 's-host',
  venueName: 's-venue',
  address: 's-address',
  capacity: 's-capacity',
  audience: 's-group',
  workingGroupId: 's-group',
  'audience.workingGroupId': 's-group',
};

const PROBLEM: Record<SessionFormProblem, { id: string; text: MessageKey }> = {
  title: { id: 's-title', text: 'sessions.form.titleRequired' },
  date: { id: 's-date', text: 'sessions.form.dateRequired' },
  startTime: { id: 's-start', text: 'sessions.form.startRequired' },
  endTime: { id: 's-end', text: 'sessions.form.endAfterStart' },
  capacity: { id: 's-capacity', text: 'sessions.form.capacityRange' },
};

/** Create or edit a session: type, title, Brussels date and times, venue, capacity and audience. */
export function SessionForm({
  session,
  schools,
  groups,
  onSave,
  onCancel,
}: {
  session?: Session;
  schools: { id: Id; name: string }[];
  groups: { id: Id; title: string }[];
  onSave: (input: SessionInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState<Form>(session ? sessionToForm(session) : EMPTY_SESSION_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = checkSessionForm(form);
    if (problems.length > 0) {
      const found: FieldErrors = {};
      for (const p of problems) found[PROBLEM[p].id] = t(PROBLEM[p].text);
      setErrors(found);
      setGeneral(null);
      setVersion((v) => v + 1);
      return;
    }
    setBusy(true);
    try {
      await onSave(formToInput(form));
    } catch (error) {
      const split = splitApiError(t, error, FIELD_IDS);
      setErrors(split.fields);
      setGeneral(split.general);
      setVersion((v) => v + 1);
    } finally {
      setBusy(false);
    }
  };

  const prefix = session ? 'edit' : 'new';
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-session-title`}>
      <h2 id={`${prefix}-session-title`}>{session ? t('sessions.form.editTitle') : t('sessions.form.newTitle')}</h2>
      <ErrorSummary title={t('sessions.form.errors')} items={summaryItems(ORDER, errors, general)} version={version} titleId={`${prefix}-session-errors`} />
      <SelectField
        id="s-type"
        label={t('sessions.form.type')}
        value={form.type}
        onChange={set('type')}
        options={SESSION_TYPES.map((type) => ({ value: type, label: t(SESSION_TYPE_TEXT[type]) }))}
        error={errors['s-type']}
      />
      <FormField id="s-title" label={t('sessions.form.title')} value={form.title} onChange={set('title')} required maxLength={200} error={errors['s-title']} />
      <TextAreaField id="s-description" label={t('sessions.form.description')} value={form.description} onChange={set('description')} error={errors['s-description']} />
      <FormField id="s-date" type="date" label={t('sessions.form.date')} value={form.date} onChange={set('date')} required error={errors['s-date']} />
      <TimeField id="s-start" label={t('sessions.form.start')} value={form.startTime} onChange={set('startTime')} error={errors['s-start']} />
      <TimeField id="s-end" label={t('sessions.form.end')} value={form.endTime} onChange={set('endTime')} error={errors['s-end']} />
      <p className="field__hint">{t('sessions.form.timeZone')}</p>
      <SelectField
        id="s-host"
        label={t('sessions.form.host')}
        value={form.hostSchoolId}
        onChange={set('hostSchoolId')}
        placeholder={t('sessions.form.noHost')}
        options={schools.map((s) => ({ value: String(s.id), label: s.name }))}
        error={errors['s-host']}
      />
      <FormField id="s-venue" label={t('sessions.form.venue')} value={form.venueName} onChange={set('venueName')} maxLength={200} error={errors['s-venue']} />
      <FormField id="s-address" label={t('sessions.form.address')} value={form.address} onChange={set('address')} maxLength={300} error={errors['s-address']} />
      <FormField id="s-capacity" type="number" inputMode="numeric" min={1} label={t('sessions.form.capacity')} value={form.capacity} onChange={set('capacity')} required error={errors['s-capacity']} />
      <SelectField
        id="s-group"
        label={t('sessions.form.audience')}
        value={form.workingGroupId}
        onChange={set('workingGroupId')}
        placeholder={t('sessions.form.wholeProgramme')}
        options={groups.map((g) => ({ value: String(g.id), label: g.title }))}
        error={errors['s-group']}
      />
      <FormActions label={session ? t('sessions.form.save') : t('sessions.form.create')} busy={busy} onCancel={onCancel} />
    </form>
  );
}

function TimeField({ id, label, value, onChange, error }: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string }) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <input id={id} name={id} type="time" value={value} required aria-required aria-invalid={error ? true : undefined} aria-describedby={errorId} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
