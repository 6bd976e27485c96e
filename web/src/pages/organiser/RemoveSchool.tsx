import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api, isApiError } from '../../api';
import { Button } from '../../components/Button';
import { FormField } from '../../components/FormField';
import { generalMessage, splitApiError } from '../../components/formErrors';
import { useI18n } from '../../i18n';

/**
 * Removing a school that leaves, once the programme is over (DELETE /api/programmes/{id}/schools/{orgId}):
 * everything of the school goes and cannot be brought back, so instead of a yes/no the organiser types the
 * school's name. The server checks the rest (the school's own last phase, other programmes) and says why not.
 */
export function RemoveSchool({
  programmeId,
  schoolId,
  schoolName,
  onRemoved,
}: {
  programmeId: string | number;
  schoolId: string | number;
  schoolName: string;
  onRemoved: (name: string) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const fieldId = `remove-school-${schoolId}`;

  useEffect(() => {
    if (open) question.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <Button variant="secondary" size="small" onClick={() => setOpen(true)}>
        {t('progress.remove.button')}
        <span className="visually-hidden">: {schoolName}</span>
      </Button>
    );
  }

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setRefusal(null);
    if (typed.trim() === '') return setFieldError(t('progress.remove.typeName'));
    setBusy(true);
    try {
      await api.removeSchool(programmeId, schoolId, typed);
      onRemoved(schoolName);
    } catch (error) {
      if (isApiError(error, 'school_removal_programme_running') || isApiError(error, 'school_removal_other_programmes')) {
        setFieldError(undefined);
        setRefusal(generalMessage(t, error));
      } else {
        const split = splitApiError(t, error, { confirmName: fieldId });
        setFieldError(split.fields[fieldId]);
        if (split.general) setRefusal(split.general);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="confirm remove-school" noValidate onSubmit={submit}>
      <p ref={question} tabIndex={-1}>
        {t('progress.remove.question', { name: schoolName })}
      </p>
      <FormField id={fieldId} label={t('progress.remove.field')} value={typed} onChange={setTyped} error={fieldError} autoComplete="off" />
      {refusal && (
        <p className="notice notice--error" role="alert">
          {refusal}
        </p>
      )}
      <div className="actions actions--tight">
        <Button type="submit" variant="danger" size="small" disabled={busy}>
          {t('progress.remove.confirm')}
        </Button>
        <Button variant="secondary" size="small" disabled={busy} onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
