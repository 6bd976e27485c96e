import { useState } from 'react';
import type { FormEvent } from 'react';
import { awardApi } from '../../api/award';
import type { Round, Scale } from '../../api/award';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/fields';
import { splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useFormErrors } from '../../components/useFormErrors';
import { useI18n } from '../../i18n';
import { datesProblem } from './logic';

const FIELD_IDS = { opensOn: 'round-opens', closesOn: 'round-closes', scale: 'round-scale' };

/** The round's dates and scale: creates the round the first time, changes it while it is open. */
export function RoundForm({
  programmeId,
  round,
  onSaved,
}: {
  programmeId: string | number;
  round: Round | null;
  onSaved: (round: Round, text: string) => void;
}) {
  const { t } = useI18n();
  const [opensOn, setOpensOn] = useState(round?.opensOn ?? '');
  const [closesOn, setClosesOn] = useState(round?.closesOn ?? '');
  const [scale, setScale] = useState<string>(String(round?.scale ?? 5));
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = datesProblem(opensOn, closesOn);
    if (problem) {
      const found: FieldErrors = {};
      if (problem === 'opensOn') found[FIELD_IDS.opensOn] = t('award.round.opensMissing');
      if (problem === 'closesOn') found[FIELD_IDS.closesOn] = t('award.round.closesMissing');
      if (problem === 'order') found[FIELD_IDS.closesOn] = t('award.round.order');
      form.fail(found);
      return;
    }
    setBusy(true);
    try {
      const saved = await awardApi.saveRound(programmeId, { opensOn, closesOn, scale: Number(scale) as Scale });
      form.clear();
      onSaved(saved, t(round ? 'award.round.updated' : 'award.round.created'));
    } catch (error) {
      const split = splitApiError(t, error, FIELD_IDS);
      form.fail(split.fields, split.general);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="round-title" data-testid="award-round">
      <h2 id="round-title">{t('award.round.title')}</h2>
      <p>{t(round ? 'award.round.intro' : 'award.round.introNew')}</p>
      <ErrorSummary
        title={t('errors.summaryTitle')}
        titleId="round-errors"
        items={summaryItems(Object.values(FIELD_IDS), form.errors, form.general)}
        version={form.version}
      />
      <form className="form" onSubmit={submit} noValidate>
        <FormField
          id={FIELD_IDS.opensOn}
          type="date"
          label={t('award.round.opensOn')}
          value={opensOn}
          onChange={setOpensOn}
          error={form.errors[FIELD_IDS.opensOn]}
          required
        />
        <FormField
          id={FIELD_IDS.closesOn}
          type="date"
          label={t('award.round.closesOn')}
          hint={t('award.round.closesHint')}
          value={closesOn}
          onChange={setClosesOn}
          error={form.errors[FIELD_IDS.closesOn]}
          required
        />
        <SelectField
          id={FIELD_IDS.scale}
          label={t('award.round.scale')}
          hint={t(round?.rubricLocked ? 'award.round.scaleLocked' : 'award.round.scaleHint')}
          value={scale}
          onChange={setScale}
          options={[
            { value: '5', label: t('award.round.scale5') },
            { value: '10', label: t('award.round.scale10') },
          ]}
          error={form.errors[FIELD_IDS.scale]}
          required
        />
        <FormActions label={t(round ? 'award.round.save' : 'award.round.create')} busy={busy} />
      </form>
    </section>
  );
}
