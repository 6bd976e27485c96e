import { useI18n } from '../i18n';

/** A form's submit button (disabled while it is being sent) and, when the form can be left, a cancel button. */
export function FormActions({ label, busy, onCancel }: { label: string; busy: boolean; onCancel?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="form__actions">
      <button type="submit" className="button" disabled={busy}>
        {label}
      </button>
      {onCancel && (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
    </div>
  );
}
