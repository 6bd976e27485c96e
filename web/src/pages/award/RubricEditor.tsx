import { useState } from 'react';
import type { FormEvent } from 'react';
import { awardApi } from '../../api/award';
import type { Round } from '../../api/award';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useFormErrors } from '../../components/useFormErrors';
import { useI18n } from '../../i18n';
import type { Translate } from '../../i18n';
import {
  CRITERIA_MAX,
  CRITERIA_MIN,
  CRITERION_NAME_MAX,
  DESCRIPTOR_MAX,
  resizeDescriptors,
  rubricProblems,
  scores,
  weightShares,
} from './logic';
import type { CriterionDraft, RubricProblem } from './logic';

const nameId = (i: number) => `rubric-name-${i}`;
const weightId = (i: number) => `rubric-weight-${i}`;
const descriptorId = (i: number, score: number) => `rubric-desc-${i}-${score}`;

let nextKey = 0;
const newKey = () => `new-${++nextKey}`;

function drafts(round: Round): CriterionDraft[] {
  if (round.criteria.length === 0) {
    return Array.from({ length: CRITERIA_MIN }, () => ({ key: newKey(), name: '', weight: '1', descriptors: resizeDescriptors([], round.scale) }));
  }
  return round.criteria.map((c) => ({
    key: String(c.id),
    name: c.name,
    weight: String(c.weight),
    descriptors: resizeDescriptors(c.descriptors, round.scale),
  }));
}

/** Field ids in form order, for the error summary. */
function fieldOrder(criteria: CriterionDraft[], scale: 5 | 10): string[] {
  return criteria.flatMap((_, i) => [nameId(i), weightId(i), ...scores(scale).map((s) => descriptorId(i, s))]);
}

/** The server's field names (`criteria[i].descriptors[k]` …) mapped to the editor's inputs. */
function serverFieldIds(criteria: CriterionDraft[], scale: 5 | 10): Record<string, string> {
  const ids: Record<string, string> = { criteria: nameId(0) };
  criteria.forEach((_, i) => {
    ids[`criteria[${i}].name`] = nameId(i);
    ids[`criteria[${i}].weight`] = weightId(i);
    ids[`criteria[${i}].descriptors`] = descriptorId(i, 1);
    scores(scale).forEach((s) => (ids[`criteria[${i}].descriptors[${s - 1}]`] = descriptorId(i, s)));
  });
  return ids;
}

function problemErrors(t: Translate, problems: RubricProblem[]): { fields: FieldErrors; general: string | null } {
  const fields: FieldErrors = {};
  let general: string | null = null;
  for (const p of problems) {
    if (p.field === 'count') general = t('award.rubric.count', { min: CRITERIA_MIN, max: CRITERIA_MAX });
    else if (p.field === 'name') fields[nameId(p.index)] = t('award.rubric.nameMissing', { n: p.index + 1 });
    else if (p.field === 'nameLong') fields[nameId(p.index)] = t('award.rubric.nameLong', { n: p.index + 1, max: CRITERION_NAME_MAX });
    else if (p.field === 'weight') fields[weightId(p.index)] = t('award.rubric.weightBad', { n: p.index + 1 });
    else if (p.field === 'descriptor') fields[descriptorId(p.index, p.score)] = t('award.rubric.descriptorMissing', { n: p.index + 1, score: p.score });
    else if (p.field === 'descriptorLong') fields[descriptorId(p.index, p.score)] = t('award.rubric.descriptorLong', { n: p.index + 1, score: p.score, max: DESCRIPTOR_MAX });
  }
  return { fields, general };
}

/**
 * The rubric: 3–6 criteria, each with a name, a weight and a text per score. Editable while the round is
 * open and no juror has scored; after that it is shown read-only.
 */
export function RubricEditor({
  programmeId,
  round,
  onSaved,
}: {
  programmeId: string | number;
  round: Round;
  onSaved: (round: Round, text: string) => void;
}) {
  const { t } = useI18n();
  const editable = round.status === 'open' && !round.rubricLocked;
  const [criteria, setCriteria] = useState<CriterionDraft[]>(() => drafts(round));
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const scale = round.scale;

  if (!editable) return <RubricView round={round} />;

  const change = (index: number, patch: Partial<CriterionDraft>) =>
    setCriteria((list) => list.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const shares = weightShares(criteria.map((c) => Number(c.weight)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = rubricProblems(criteria, scale);
    if (problems.length > 0) {
      const { fields, general } = problemErrors(t, problems);
      form.fail(fields, general);
      return;
    }
    setBusy(true);
    try {
      const saved = await awardApi.saveRubric(
        programmeId,
        criteria.map((c) => ({ name: c.name.trim(), weight: Number(c.weight), descriptors: resizeDescriptors(c.descriptors, scale).map((d) => d.trim()) })),
      );
      form.clear();
      setCriteria(drafts(saved));
      onSaved(saved, t('award.rubric.saved'));
    } catch (error) {
      const split = splitApiError(t, error, serverFieldIds(criteria, scale));
      form.fail(split.fields, split.general);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="rubric-title" data-testid="award-rubric">
      <h2 id="rubric-title">{t('award.rubric.title')}</h2>
      <p>{t('award.rubric.intro', { scale, min: CRITERIA_MIN, max: CRITERIA_MAX })}</p>
      <ErrorSummary
        title={t('errors.summaryTitle')}
        titleId="rubric-errors"
        items={summaryItems(fieldOrder(criteria, scale), form.errors, form.general)}
        version={form.version}
      />
      <form className="form form--wide" onSubmit={submit} noValidate>
        {criteria.map((c, i) => (
          <fieldset key={c.key} className="fieldset rubric-criterion" data-criterion-index={i}>
            <legend>{t('award.rubric.criterion', { n: i + 1 })}</legend>
            <FormField
              id={nameId(i)}
              label={t('award.rubric.name', { n: i + 1 })}
              value={c.name}
              maxLength={CRITERION_NAME_MAX}
              onChange={(name) => change(i, { name })}
              error={form.errors[nameId(i)]}
              required
            />
            <FormField
              id={weightId(i)}
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              label={t('award.rubric.weight', { n: i + 1 })}
              hint={t('award.rubric.weightHint', { share: shares[i] ?? 0 })}
              value={c.weight}
              onChange={(weight) => change(i, { weight })}
              error={form.errors[weightId(i)]}
              required
            />
            {scores(scale).map((s) => (
              <FormField
                key={s}
                id={descriptorId(i, s)}
                label={t('award.rubric.descriptor', { n: i + 1, score: s })}
                value={c.descriptors[s - 1] ?? ''}
                maxLength={DESCRIPTOR_MAX}
                onChange={(text) => change(i, { descriptors: resizeDescriptors(c.descriptors, scale).map((d, k) => (k === s - 1 ? text : d)) })}
                error={form.errors[descriptorId(i, s)]}
                required
              />
            ))}
            {criteria.length > CRITERIA_MIN && (
              <Button variant="secondary" size="small" onClick={() => setCriteria((list) => list.filter((_, k) => k !== i))}>
                {t('award.rubric.remove', { n: i + 1 })}
              </Button>
            )}
          </fieldset>
        ))}
        {criteria.length < CRITERIA_MAX && (
          <p>
            <Button
              variant="secondary"
              onClick={() => setCriteria((list) => [...list, { key: newKey(), name: '', weight: '1', descriptors: resizeDescriptors([], scale) }])}
            >
              {t('award.rubric.add')}
            </Button>
          </p>
        )}
        <FormActions label={t('award.rubric.save')} busy={busy} />
      </form>
    </section>
  );
}

/** The rubric once it can no longer change: one table per criterion. */
export function RubricView({ round }: { round: Round }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="rubric-title" data-testid="award-rubric">
      <h2 id="rubric-title">{t('award.rubric.title')}</h2>
      <p>{t(round.status === 'open' ? 'award.rubric.locked' : 'award.rubric.closed')}</p>
      {round.criteria.length === 0 ? (
        <EmptyState>{t('award.rubric.none')}</EmptyState>
      ) : (
        <DataTable
          caption={t('award.rubric.caption')}
          rows={round.criteria}
          rowKey={(c) => c.id}
          columns={[
            { title: t('award.rubric.nameColumn'), rowHeader: true, cell: (c) => c.name },
            { title: t('award.rubric.weightColumn'), cell: (c) => c.weight, className: 'num' },
            {
              title: t('award.rubric.descriptorsColumn'),
              cell: (c) => (
                <ol className="plain">
                  {c.descriptors.map((d, k) => (
                    <li key={k}>
                      {k + 1}: {d}
                    </li>
                  ))}
                </ol>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
