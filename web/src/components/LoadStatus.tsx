import { useI18n } from '../i18n';
import type { Loaded } from './useLoad';
import { Loading } from './Loading';

/** What a page shows while its data loads or after loading failed (with a way to try again). */
export function LoadStatus<T>({ state, onRetry }: { state: Loaded<T>; onRetry: () => void }) {
  const { t } = useI18n();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <>
        <p className="notice notice--error" role="alert">
          {state.message}
        </p>
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </>
    );
  }
  return null;
}
