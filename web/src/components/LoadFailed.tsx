import { useI18n } from '../i18n';
import { Button } from './Button';

/**
 * Why something could not be loaded, as an alert, with a button to try again (none when trying again cannot
 * help, e.g. a page that does not exist). Every page's failed load reads and behaves the same.
 */
export function LoadFailed({ message, onRetry, quiet = false }: { message: string; onRetry?: () => void; quiet?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <p className="notice notice--error" role="alert">
        {message}
      </p>
      {onRetry && (
        <Button variant={quiet ? 'secondary' : 'primary'} onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </>
  );
}
