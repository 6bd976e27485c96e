import { useCallback, useEffect, useState } from 'react';
import { generalMessage } from './formErrors';
import { useI18n } from '../i18n';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: T };

/**
 * Loads a page's data once per change of `deps`, and again on `reload()`. An answer that arrives after
 * the page moved on (unmounted or new deps) is dropped, so a slow first answer never overwrites a newer one.
 * While a new answer loads, the page keeps showing the data it has, unless `showLoading` asks for the
 * loading state (a filtered list whose count is announced, where old results would mislead).
 * `setData` and `update` let a page replace the data after a successful change without a round trip.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[], options: { showLoading?: boolean } = {}) {
  const { t } = useI18n();
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState((current) => (options.showLoading || current.status === 'error' ? { status: 'loading' } : current));
    load().then(
      (data) => live && setState({ status: 'ready', data }),
      (error) => live && setState({ status: 'error', message: generalMessage(t, error) }),
    );
    return () => {
      live = false;
    };
    // The caller names what the load depends on; `load` itself is a new closure on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  const setData = useCallback((data: T) => setState({ status: 'ready', data }), []);
  const update = useCallback(
    (change: (data: T) => T) => setState((current) => (current.status === 'ready' ? { status: 'ready', data: change(current.data) } : current)),
    [],
  );
  return { state, reload, setData, update };
}
