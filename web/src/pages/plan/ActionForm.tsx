import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { OrganisationMember } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/fields';
import { splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useFormErrors } from '../../components/useFormErrors';
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
  const { errors, general, version, fail } = useFormErrors();
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
      fail(found);
      return;
    }
    setBusy(true);
    try {
      await onSave(form);
    } catch (error) {
      const split = splitApiError(t, error, ids);
      fail(split.fields, split.general);
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
        <FormActions label={editing ? t('plan.action.save') : t('plan.action.add')} busy={busy} onCancel={onCancel} holdCancel className="actions" />
      </form>
    </section>
  );
}
