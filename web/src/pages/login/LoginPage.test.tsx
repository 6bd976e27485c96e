// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../App';
import { I18nProvider } from '../../i18n';
import { SessionProvider } from '../../session';
import { pageLoaded } from '../../testing/fakeApi';

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const routes: Record<string, () => Response> = {};

beforeEach(() => {
  localStorage.clear();
  document.cookie = 'sk_csrf=tok; path=/';
  routes['GET /api/auth/session'] = () => json(200, { authenticated: false });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const route = routes[`${init.method ?? 'GET'} ${url}`];
      if (!route) throw new TypeError(`no route ${url}`);
      return route();
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function renderAt(path: string) {
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

describe('log-in page', () => {
  it('sends an anonymous visitor of a signed-in page to log-in', async () => {
    await renderAt('/team');
    expect(await screen.findByRole('heading', { level: 1, name: 'Aanmelden' })).toBeTruthy();
    expect(screen.getByText('Meld je aan om verder te gaan.')).toBeTruthy();
  });

  it('shows field errors linked with aria-describedby and a summary with role=alert', async () => {
    await renderAt('/login');
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Aanmelden' }));
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Vul je e-mailadres in.');
    expect(alert.textContent).toContain('Vul je wachtwoord in.');
    const email = screen.getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Vul je e-mailadres in.');
  });

  it('shows the invalid-credentials message', async () => {
    routes['POST /api/auth/login'] = () =>
      json(401, { error: { code: 'invalid_credentials', message: 'Fout', fields: {} } });
    await renderAt('/login');
    fireEvent.change(await screen.findByLabelText('E-mailadres'), { target: { value: 'a@b.be' } });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'verkeerd' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Het e-mailadres of het wachtwoord klopt niet.',
    );
  });

  it('signs in and shows the home page with the real organisations', async () => {
    routes['POST /api/auth/login'] = () =>
      json(200, {
        user: { id: 7, email: 'c@school.be', name: 'Chris', language: 'nl' },
        memberships: [
          { organisationId: 3, organisationName: 'Demoschool', organisationKind: 'school', role: 'coordinator' },
        ],
      });
    await renderAt('/login?next=%2F');
    fireEvent.change(await screen.findByLabelText('E-mailadres'), { target: { value: 'c@school.be' } });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'goedgenoeg1' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Chris' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Schoolcoördinator' })).toBeTruthy();
    expect(screen.getByText('Demoschool')).toBeTruthy();
  });
});
