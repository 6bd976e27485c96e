import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ANSWER_LEVELS } from '../../api';
import type { AnswerLevel, OrganisationMember } from '../../api';
import { GOAL_STATUSES } from '../../api/plan';
import type { GoalStatus } from '../../api/plan';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { CheckboxGroup, SelectField, TextAreaField } from '../../components/fields';
import { splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useFormErrors } from '../../components/useFormErrors';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { ANSWER_LEVEL_TEXT } from '../measurement/texts';
import type { CriterionInfo } from '../label/useCriteria';
import { GOAL_STATUS_TEXT, goalProblems, INDICATOR_MAX, LONG_TEXT_MAX, TITLE_MAX } from './logic';
import type { GoalForm as Form, GoalProblem } from './logic';

const PROBLEM_TEXT: Record<string, MessageKey> = {
  'title.missing': 'plan.goal.titleMissing',
  'title.long': 'plan.goal.titleLong',
  'criterionIds.missing': 'plan.goal.criteriaMissing',
  'targetLevel.missing': 'plan.goal.targetMissing',
  'successIndicator.long': 'plan.goal.indicatorLong',
  'startOn.invalid': 'plan.goal.dayInvalid',
  'endOn.invalid': 'plan.goal.dayInvalid',
  'endOn.beforeStart': 'plan.goal.endBeforeStart',
  'resources.long': 'plan.goal.longText',
  'monitoring.long': 'plan.goal.longText',
};

const FIELDS = [
  'title',
  'criterionIds',
  'targetLevel',
  'successIndicator',
  'ownerUserId',
  'startOn',
  'endOn',
  'resources',
  'monitoring',
  'status',
] as const;

/**
 * The goal form, for a new goal (empty or from a proposal) and for changing one. `onSave` sends it; a
 * rejected answer shows the server's message per field.
 */
export function GoalForm({
  idPrefix,
  title,
  initial,
  editing,
  criteria,
  members,
  onSave,
  onCancel,
}: {
  idPrefix: string;
  title: string;
  initial: Form;
  editing: boolean;
  criteria: CriterionInfo[];
  members: OrganisationMember[];
  onSave: (form: Form) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState<Form>(initial);
  const { errors, general, version, fail } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = Object.fromEntries(FIELDS.map((f) => [f, `${idPrefix}-${f}`])) as Record<(typeof FIELDS)[number], string>;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const set = <K extends keyof Form>(key: K) => (value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = goalProblems(form);
    if (problems.length > 0) {
      const found: FieldErrors = {};
      for (const p of problems as GoalProblem[]) {
        const id = ids[p.field];
        if (!found[id]) found[id] = t(PROBLEM_TEXT[`${p.field}.${p.problem}`]!, { max: maxOf(p.field) });
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

  // Criteria the framework does not name (still loading) stay choosable by id.
  const options = criteria.map((c) => ({ value: c.id, label: c.name }));
  for (const id of form.criterionIds) if (!options.some((o) => o.value === id)) options.push({ value: id, label: id });

  const headingId = `${idPrefix}-heading`;
  return (
    <section className="card goal-form" aria-labelledby={headingId} id={`${idPrefix}-section`}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <ErrorSummary
        title={t('errors.summaryTitle')}
        items={summaryItems(Object.values(ids), errors, general)}
        version={version}
        titleId={`${idPrefix}-errors`}
      />
      <form className="form form--wide" onSubmit={submit} noValidate>
        <FormField
          id={ids.title}
          label={t('plan.goal.title')}
          hint={t('plan.goal.titleHint')}
          value={form.title}
          onChange={set('title')}
          maxLength={TITLE_MAX}
          error={errors[ids.title]}
          required
        />
        <CheckboxGroup
          id={ids.criterionIds}
          legend={t('plan.goal.criteria')}
          values={form.criterionIds}
          onChange={set('criterionIds')}
          options={options}
          error={errors[ids.criterionIds]}
        />
        <SelectField
          id={ids.targetLevel}
          label={t('plan.goal.target')}
          value={form.targetLevel}
          onChange={(v) => set('targetLevel')(v as AnswerLevel | '')}
          placeholder={t('common.choose')}
          options={ANSWER_LEVELS.filter((l) => l !== 'not_yet').map((l) => ({ value: l, label: t(ANSWER_LEVEL_TEXT[l]) }))}
          error={errors[ids.targetLevel]}
          required
        />
        <TextAreaField
          id={ids.successIndicator}
          label={t('plan.goal.indicator')}
          hint={t('plan.goal.indicatorHint')}
          value={form.successIndicator}
          onChange={set('successIndicator')}
          maxLength={INDICATOR_MAX}
          rows={2}
          error={errors[ids.successIndicator]}
        />
        <SelectField
          id={ids.ownerUserId}
          label={t('plan.goal.owner')}
          value={form.ownerUserId}
          onChange={set('ownerUserId')}
          placeholder={t('plan.nobody')}
          options={ownerOptions(members, form.ownerUserId)}
          error={errors[ids.ownerUserId]}
        />
        <FormField id={ids.startOn} type="date" label={t('plan.goal.startOn')} value={form.startOn} onChange={set('startOn')} error={errors[ids.startOn]} />
        <FormField id={ids.endOn} type="date" label={t('plan.goal.endOn')} value={form.endOn} onChange={set('endOn')} error={errors[ids.endOn]} />
        <TextAreaField
          id={ids.resources}
          label={t('plan.goal.resources')}
          hint={t('plan.goal.resourcesHint')}
          value={form.resources}
          onChange={set('resources')}
          maxLength={LONG_TEXT_MAX}
          rows={3}
          error={errors[ids.resources]}
        />
        <TextAreaField
          id={ids.monitoring}
          label={t('plan.goal.monitoring')}
          hint={t('plan.goal.monitoringHint')}
          value={form.monitoring}
          onChange={set('monitoring')}
          maxLength={LONG_TEXT_MAX}
          rows={3}
          error={errors[ids.monitoring]}
        />
        {editing && (
          <SelectField
            id={ids.status}
            label={t('plan.goal.status')}
            value={form.status}
            onChange={(v) => set('status')(v as GoalStatus)}
            options={GOAL_STATUSES.map((s) => ({ value: s, label: t(GOAL_STATUS_TEXT[s]) }))}
            error={errors[ids.status]}
          />
        )}
        <FormActions label={editing ? t('plan.goal.save') : t('plan.goal.add')} busy={busy} onCancel={onCancel} holdCancel className="actions" />
      </form>
    </section>
  );
}

function maxOf(field: string): number {
  if (field === 'title') return TITLE_MAX;
  if (field === 'successIndicator') return INDICATOR_MAX;
  return LONG_TEXT_MAX;
}

/**
 * The members as options (members have accepted their invitation: invited people are not listed among
 * them); an owner who left the school stays shown by id until changed.
 */
export function ownerOptions(members: OrganisationMember[], current: string): { value: string; label: string }[] {
  const options = members.map((m) => ({ value: String(m.userId), label: m.name }));
  if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: current });
  return options;
}
