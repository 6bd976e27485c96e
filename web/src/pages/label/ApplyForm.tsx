import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { labelApi } from '../../api/label';
import type { EligibleMeasurement } from '../../api/label';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { KIND_TEXT } from '../measurement/texts';
import { Button } from '../../components/Button';

/**
 * The coordinator chooses a submitted measurement and applies, after confirming: the application
 * freezes the answers and the evidence linked to them as they are now.
 */
export function ApplyForm({
  programmeId,
  organisationId,
  eligible,
  again,
  onApplied,
  onFailed,
}: {
  programmeId: string;
  organisationId: string;
  eligible: EligibleMeasurement[];
  /** The school has a decision already and applies once more. */
  again: boolean;
  onApplied: (text: string) => void;
  onFailed: (text: string) => void;
}) {
  const { t } = useI18n();
  // The newest measurement (final over baseline) is the likely choice.
  const preferred = eligible.find((m) => m.kind === 'final') ?? eligible[0];
  const [chosen, setChosen] = useState<string>(preferred ? String(preferred.measurementId) : '');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const applyRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const kindOf = (measurementId: string) => eligible.find((m) => String(m.measurementId) === measurementId)?.kind ?? 'baseline';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen) setConfirming(true);
  };

  const apply = async () => {
    setBusy(true);
    try {
      await labelApi.apply(programmeId, organisationId, chosen);
      onApplied(t('label.apply.done'));
    } catch (error) {
      onFailed(generalMessage(t, error));
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t(again ? 'label.apply.introAgain' : 'label.apply.intro')}</p>
      <fieldset className="field fieldset">
        <legend>{t('label.apply.measurement')}</legend>
        {eligible.map((m) => {
          const inputId = `apply-${m.measurementId}`;
          return (
            <div className="check" key={String(m.measurementId)}>
              <input
                type="radio"
                id={inputId}
                name="apply-measurement"
                value={String(m.measurementId)}
                checked={chosen === String(m.measurementId)}
                disabled={confirming}
                onChange={() => setChosen(String(m.measurementId))}
              />
              <label htmlFor={inputId}>{t('label.apply.submittedKind', { kind: t(KIND_TEXT[m.kind]) })}</label>
            </div>
          );
        })}
      </fieldset>
      {confirming ? (
        <div className="confirm">
          <p ref={confirmRef} tabIndex={-1}>
            <strong>{t('label.apply.confirm', { kind: t(KIND_TEXT[kindOf(chosen)]).toLowerCase() })}</strong>
          </p>
          <p>{t('label.apply.confirmText')}</p>
          <div className="actions">
            <Button onClick={apply} disabled={busy}>
              {t('label.apply.yes')}
            </Button>
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                setTimeout(() => applyRef.current?.focus(), 0);
              }}
            >
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="form__actions">
          <Button ref={applyRef} type="submit">
            {t('label.apply.submit')}
          </Button>
        </div>
      )}
    </form>
  );
}
