import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api';
import type { Measurement, MeasurementKind } from '../../api';
import { FormField } from '../../components/FormField';
import { TextAreaField } from '../../components/fields';
import { formatDay } from '../../components/dates';
import { splitApiError } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { Button } from '../../components/Button';

const REASON_MAX = 1000;

/** The organiser reopens a submitted measurement; the reason is shown to the school. */
export function ReopenForm({ measurement, onDone }: { measurement: Measurement; onDone: (m: Measurement) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setGeneral(null);
    if (!reason.trim()) {
      setError(t('measurement.reopenReasonRequired'));
      document.getElementById('reopen-reason')?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      onDone(await api.reopenMeasurement(measurement.id, reason.trim()));
    } catch (err) {
      const split = splitApiError(t, err, { reason: 'reopen-reason' });
      setError(split.fields['reopen-reason']);
      setGeneral(split.general);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="reopen-title">
      <h2 id="reopen-title">{t('measurement.reopenTitle')}</h2>
      <p>{t('measurement.reopenText')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {general && (
          <p className="notice notice--error" role="alert">
            {general}
          </p>
        )}
        <TextAreaField
          id="reopen-reason"
          label={t('measurement.reopenReason')}
          hint={t('measurement.reopenReasonHint')}
          value={reason}
          onChange={setReason}
          error={error}
          required
          maxLength={REASON_MAX}
        />
        <Button type="submit" disabled={busy}>
          {t('measurement.reopen')}
        </Button>
      </form>
    </section>
  );
}

/** The organiser gives this school more time for the phase (or takes the extension away). */
export function ExtensionForm({
  programmeId,
  organisationId,
  kind,
  phaseClosesOn,
  schoolClosesOn,
  onDone,
}: {
  programmeId: string;
  organisationId: string;
  kind: MeasurementKind;
  phaseClosesOn: string | null;
  schoolClosesOn: string;
  onDone: () => void;
}) {
  const { t, language } = useI18n();
  const [closesOn, setClosesOn] = useState(schoolClosesOn);
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const extended = phaseClosesOn !== null && schoolClosesOn !== phaseClosesOn;

  const run = async (action: () => Promise<unknown>, message: string) => {
    setGeneral(null);
    setError(undefined);
    setDone(null);
    setBusy(true);
    try {
      await action();
      setDone(message);
      onDone();
    } catch (err) {
      const split = splitApiError(t, err, { closesOn: 'extension-date' });
      setError(split.fields['extension-date']);
      setGeneral(split.general);
    } finally {
      setBusy(false);
    }
  };

  const save = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(closesOn)) {
      setError(t('measurement.extensionDateRequired'));
      return;
    }
    void run(() => api.extendPhase(programmeId, organisationId, kind, closesOn), t('measurement.extensionSaved'));
  };

  return (
    <section className="card" aria-labelledby="extension-title">
      <h2 id="extension-title">{t('measurement.extensionTitle')}</h2>
      <p>
        {phaseClosesOn && t('measurement.extensionPhase', { date: formatDay(phaseClosesOn, language) })}{' '}
        {t('measurement.extensionSchool', { date: formatDay(schoolClosesOn, language) })}
      </p>
      <form onSubmit={save} noValidate>
        {general && (
          <p className="notice notice--error" role="alert">
            {general}
          </p>
        )}
        <FormField
          id="extension-date"
          type="date"
          label={t('measurement.extensionDate')}
          hint={t('measurement.extensionHint')}
          value={closesOn}
          onChange={setClosesOn}
          error={error}
          required
        />
        <div className="actions">
          <Button type="submit" disabled={busy}>
            {t('measurement.extensionSave')}
          </Button>
          {extended && (
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() => void run(() => api.removeExtension(programmeId, organisationId, kind), t('measurement.extensionRemoved'))}
            >
              {t('measurement.extensionRemove')}
            </Button>
          )}
        </div>
        <p role="status">{done}</p>
      </form>
    </section>
  );
}
