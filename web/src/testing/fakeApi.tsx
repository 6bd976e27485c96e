// Test support for page tests: a fake `fetch` answering per "METHOD /path" and rendering the app at
// a path. Only imported by *.test.tsx files.

import { act, render, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { AppRoutes } from '../App';
import { I18nProvider } from '../i18n';
import { SessionProvider } from '../session';

/** A fake route: the request and its full address (with the query string). */
export type Handler = (init: RequestInit, url: string) => Response;

export interface FakeApi {
  routes: Record<string, Handler>;
  calls: { method: string; url: string; body: unknown }[];
}

export function json(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function apiError(status: number, code: string, message: string, fields: Record<string, string> = {}) {
  return json(status, { error: { code, message, fields } });
}

/**
 * Installs the fake; unknown routes fail like a network error. Anonymous unless `GET /api/me` is set;
 * `GET /api/auth/session` answers from it.
 */
export function fakeApi(): FakeApi {
  const fake: FakeApi = { routes: {}, calls: [] };
  localStorage.clear();
  document.cookie = 'sk_csrf=tok; path=/';
  fake.routes['GET /api/me'] = () => apiError(401, 'unauthenticated', 'Niet aangemeld');
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      let body: unknown = init.body;
      if (typeof init.body === 'string') {
        try {
          body = JSON.parse(init.body);
        } catch {
          body = init.body;
        }
      }
      fake.calls.push({ method, url, body });
      // The app's first question follows `GET /api/me` as a test sets it (signed in or 401), unless set itself.
      if (method === 'GET' && url === '/api/auth/session' && !fake.routes[`${method} ${url}`]) {
        const me = await fake.routes['GET /api/me']!(init, '/api/me');
        if (me.status === 401) return json(200, { authenticated: false });
        return me.ok ? json(200, { authenticated: true, me: await me.json() }) : me;
      }
      const route = fake.routes[`${method} ${url}`] ?? fake.routes[`${method} ${url.split('?')[0]}`];
      if (!route) throw new TypeError(`no route ${method} ${url}`);
      return route(init, url);
    }),
  );
  return fake;
}

/** Waits until the page's code has loaded (pages are loaded on demand: App.tsx's lazyPage). */
export async function pageLoaded() {
  await waitFor(() => {
    if (document.querySelector('.page-loading')) throw new Error('the page is still loading');
  });
}

export async function renderAt(path: string) {
  await act(async () => {
    render(
      <I18nProvider>
        <SessionProvider>
          <MemoryRouter initialEntries={[path]}>
            <AppRoutes />
          </MemoryRouter>
        </SessionProvider>
      </I18nProvider>,
    );
  });
  await pageLoaded();
}

export const PROGRAMME = {
  id: 7,
  organiserId: 1,
  name: 'STEM-traject 2026',
  schoolYear: '2026-2027',
  audience: 'secondary',
  region: 'Vlaanderen',
  frameworkId: 'eu-stem-school-label',
  frameworkVersion: '2024.1',
  maxSchools: 20,
  description: { nl: 'Een traject voor scholen.', en: 'A journey for schools.' },
  published: true,
  phases: [
    { kind: 'action_plan', opensOn: '2026-11-01', closesOn: '2026-12-15' },
    { kind: 'baseline', opensOn: '2026-09-01', closesOn: '2026-10-15' },
  ],
  schoolCount: 3,
  mentorCount: 1,
};

export const FRAMEWORK = {
  id: 'eu-stem-school-label',
  version: '2024.1',
  name: { nl: 'Kader', en: 'Framework' },
  levels: [],
  elements: [
    { id: 'E1', number: 1, name: { nl: 'Onderwijsmethode', en: 'Instruction' }, criteria: [] },
    { id: 'E2', number: 2, name: { nl: 'Curriculum', en: 'Curriculum' }, criteria: [] },
  ],
};

export function signedInAs(fake: FakeApi, me: unknown) {
  fake.routes['GET /api/me'] = () => json(200, me);
}
