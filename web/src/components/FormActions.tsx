import { useI18n } from '../i18n';
import { Button } from './Button';

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
      <Button type="submit" disabled={busy}>
        {label}
      </Button>
      {onCancel && (
        <Button variant="secondary" onClick={onCancel} disabled={holdCancel && busy}>
          {t('common.cancel')}
        </Button>
      )}
    </div>
  );
}
