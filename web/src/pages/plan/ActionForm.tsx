import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { OrganisationMember } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/fields';
import { splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { ownerOptions } from './GoalForm';
import { actionProblems, TITLE_MAX } from './logic';
import type { ActionForm as Form } from './logic';

/** Adds an action to a goal or changes one; without `members` the owner is not asked (team members). */
export function ActionForm({
  idPrefix,
  title,
  initial,
  editing,
  members,
  withOwner,
  onSave,
  onCancel,
}: {
  idPrefix: string;
  title: string;
  initial: Form;
  editing: boolean;
  members: OrganisationMember[];
  withOwner: boolean;
  onSave: (form: Form) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState<Form>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = { title: `${idPrefix}-title`, ownerUserId: `${idPrefix}-owner`, dueOn: `${idPrefix}-due` };

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = actionProblems(form);
    if (problems.length > 0) {
      const found: FieldErrors = {};
      for (const p of problems) {
        found[ids[p.field]] =
          p.field === 'dueOn'
            ? t('plan.goal.dayInvalid')
            : t(p.problem === 'missing' ? 'plan.action.titleMissing' : 'plan.goal.titleLong', { max: TITLE_MAX });
      }
      setErrors(found);
      setGeneral(null);
      setVersion((v) => v + 1);
      return;
    }
    setBusy(true);
    try {
      await onSave(form);
    } catch (error) {
      const split = splitApiError(t, error, ids);
      setErrors(split.fields);
      setGeneral(split.general);
      setVersion((v) => v + 1);
      setBusy(false);
    }
  };

  const headingId = `${idPrefix}-heading`;
  return (
    <section className="action-form" aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h4>
      <ErrorSummary
        title={t('errors.summaryTitle')}
        items={summaryItems(Object.values(ids), errors, general)}
        version={version}
        titleId={`${idPrefix}-errors`}
      />
      <form className="form" onSubmit={submit} noValidate>
        <FormField
          id={ids.title}
          label={t('plan.action.title')}
          value={form.title}
          onChange={(title) => setForm((f) => ({ ...f, title }))}
          maxLength={TITLE_MAX}
          error={errors[ids.title]}
          required
        />
        {withOwner && (
          <SelectField
            id={ids.ownerUserId}
            label={t('plan.action.owner')}
            value={form.ownerUserId}
            onChange={(ownerUserId) => setForm((f) => ({ ...f, ownerUserId }))}
            placeholder={t('plan.nobody')}
            options={ownerOptions(members, form.ownerUserId)}
            error={errors[ids.ownerUserId]}
          />
        )}
        <FormField
          id={ids.dueOn}
          type="date"
          label={t('plan.action.dueOn')}
          value={form.dueOn}
          onChange={(dueOn) => setForm((f) => ({ ...f, dueOn }))}
          error={errors[ids.dueOn]}
        />
        <div className="form__actions actions">
          <button type="submit" className="button" disabled={busy}>
            {editing ? t('plan.action.save') : t('plan.action.add')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
