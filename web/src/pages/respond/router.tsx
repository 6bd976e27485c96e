// The survey pages' own navigation: three paths (/s, /s/{code}, /s/{code}/done) need no router library
// (react-router is a fifth of the app's entry; the survey page has its own small bundle, survey.html).

import { useEffect, useState } from 'react';
import type { MouseEvent, ReactNode } from 'react';

export type SurveyRoute =
  | { page: 'code' }
  | { page: 'respond'; code: string }
  | { page: 'done'; code: string }
  | { page: 'notFound' };

/** Which survey page a path shows. The code is passed on as typed (the page normalises it). */
export function matchSurveyPath(pathname: string): SurveyRoute {
  const parts = pathname.split('/').filter(Boolean);
  if (parts[0] !== 's') return { page: 'notFound' };
  let code = parts[1];
  try {
    code = code === undefined ? undefined : decodeURIComponent(code);
  } catch {
    return { page: 'notFound' };
  }
  if (parts.length === 1) return { page: 'code' };
  if (parts.length === 2) return { page: 'respond', code: code! };
  if (parts.length === 3 && parts[2] === 'done') return { page: 'done', code: code! };
  return { page: 'notFound' };
}

const listeners = new Set<() => void>();

/** Shows another survey page without loading a new document (history entry, like a link). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

/** The current path, following `navigate` and the browser's back and forward buttons. */
export function usePath(): string {
  const [path, setPath] = useState(() => window.location.pathname);
  useEffect(() => {
    const update = () => setPath(window.location.pathname);
    listeners.add(update);
    window.addEventListener('popstate', update);
    update();
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return path;
}

/** A link to another survey page; a modified click (new tab, …) is left to the browser. */
export function Link({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} className={className} onClick={follow}>
      {children}
    </a>
  );
}
