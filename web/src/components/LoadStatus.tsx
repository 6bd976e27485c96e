import type { Loaded } from './useLoad';
import { Loading } from './Loading';
import { LoadFailed } from './LoadFailed';

/** What a page shows while its data loads or after loading failed (with a way to try again). */
export function LoadStatus<T>({ state, onRetry }: { state: Loaded<T>; onRetry: () => void }) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadFailed message={state.message} onRetry={onRetry} />;
  return null;
}
