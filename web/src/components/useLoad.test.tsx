// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n';
import { useLoad } from './useLoad';

afterEach(cleanup);

// A promise the test settles by hand, to order answers the way a slow network would.
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider>{children}</I18nProvider>;

describe('useLoad', () => {
  it('drops an answer that arrives after the page asked again with other filters', async () => {
    const answers = new Map([
      ['a', deferred<string>()],
      ['b', deferred<string>()],
    ]);
    const { result, rerender } = renderHook(({ key }) => useLoad(() => answers.get(key)!.promise, [key]), {
      wrapper,
      initialProps: { key: 'a' },
    });
    expect(result.current.state.status).toBe('loading');
    rerender({ key: 'b' });
    await act(async () => answers.get('b')!.resolve('new'));
    await act(async () => answers.get('a')!.resolve('old'));
    expect(result.current.state).toEqual({ status: 'ready', data: 'new' });
  });

  it('shows the error with the api message, and loads again on reload', async () => {
    let attempt = 0;
    const { result } = renderHook(
      () =>
        useLoad(() => {
          attempt += 1;
          return attempt === 1 ? Promise.reject({ status: 500, code: 'internal', message: '' }) : Promise.resolve(42);
        }, []),
      { wrapper },
    );
    await act(async () => undefined);
    expect(result.current.state.status).toBe('error');
    await act(async () => result.current.reload());
    expect(result.current.state).toEqual({ status: 'ready', data: 42 });
    expect(attempt).toBe(2);
  });

  it('keeps the shown data while reloading, unless asked to show loading', async () => {
    const next = deferred<number>();
    let calls = 0;
    const { result } = renderHook(() => useLoad(() => (++calls === 1 ? Promise.resolve(1) : next.promise), []), { wrapper });
    await act(async () => undefined);
    act(() => result.current.reload());
    expect(result.current.state).toEqual({ status: 'ready', data: 1 });
    await act(async () => next.resolve(2));
    expect(result.current.state).toEqual({ status: 'ready', data: 2 });

    const slow = deferred<number>();
    const shown = renderHook(({ key }) => useLoad(() => (key === 0 ? Promise.resolve(0) : slow.promise), [key], { showLoading: true }), {
      wrapper,
      initialProps: { key: 0 },
    });
    await act(async () => undefined);
    expect(shown.result.current.state).toEqual({ status: 'ready', data: 0 });
    shown.rerender({ key: 1 });
    expect(shown.result.current.state.status).toBe('loading');
  });

  it('update changes ready data in place and leaves other states alone', async () => {
    const { result } = renderHook(() => useLoad(() => Promise.resolve([1, 2]), []), { wrapper });
    act(() => result.current.update((list) => [...list, 3]));
    expect(result.current.state.status).toBe('loading');
    await act(async () => undefined);
    act(() => result.current.update((list) => [...list, 3]));
    expect(result.current.state).toEqual({ status: 'ready', data: [1, 2, 3] });
  });
});
