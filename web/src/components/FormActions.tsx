import { useI18n } from '../i18n';

/**
 * A form's submit button (disabled while it is being sent) and, when the form can be left, a cancel
 * button. `holdCancel` also disables cancel while sending, for forms whose parent acts on the answer;
 * `className` adds classes to the row (e.g. `actions` for its tighter spacing).
 */
export function FormActions({
  label,
  busy,
  onCancel,
  holdCancel = false,
  className,
}: {
  label: string;
  busy: boolean;
  onCancel?: () => void;
  holdCancel?: boolean;
  className?: string;
}) {
  const { t } = useI18n();
  return (
    <div className={className ? `form__actions ${className}` : 'form__actions'}>
      <button type="submit" className="button" disabled={busy}>
        {label}
      </button>
      {onCancel && (
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={holdCancel && busy}>
          {t('common.cancel')}
        </button>
      )}
    </div>
  );
}
