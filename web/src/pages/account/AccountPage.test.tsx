// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

const COORDINATOR = {
  user: { id: 3, email: 'an.peeters@terduinen.be', name: 'An Peeters', language: 'nl' },
  memberships: [{ organisationId: 5, organisationName: 'Ter Duinen', organisationKind: 'school', role: 'coordinator' }],
  programmes: [],
};

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, COORDINATOR);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the account page', () => {
  it('shows the person from the session and a download of their data', async () => {
    await renderAt('/account');
    await screen.findByRole('heading', { level: 1, name: 'Mijn account' });

    const person = screen.getByRole('region', { name: 'Over jou' });
    expect(within(person).getByText('An Peeters')).toBeTruthy();
    expect(within(person).getByText('an.peeters@terduinen.be')).toBeTruthy();

    const data = screen.getByRole('region', { name: 'Je gegevens' });
    expect(data.textContent).toContain('README.txt');
    expect(data.textContent).toContain('vragenlijsten zijn anoniem');
    const download = within(data).getByRole('link', { name: 'Mijn gegevens downloaden (ZIP)' });
    expect(download.getAttribute('href')).toBe('/api/me/data.zip');
    expect(download.hasAttribute('download')).toBe(true);
    expect(download.className).toContain('button');
    // Nothing is fetched for it: the session already says who it is, the ZIP is a plain link.
    expect(fake.calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /api/auth/session']);
  });

  it('offers the language, saved on the account', async () => {
    fake.routes['PUT /api/me/language'] = () => json(200, { ...COORDINATOR, user: { ...COORDINATOR.user, language: 'en' } });
    await renderAt('/account');
    const language = await screen.findByRole('region', { name: 'Taal' });
    await act(async () => {
      fireEvent.click(within(language).getByRole('button', { name: 'English' }));
    });
    await screen.findByRole('heading', { level: 1, name: 'My account' });
    expect(fake.calls.find((c) => c.method === 'PUT')?.body).toEqual({ language: 'en' });
    expect(within(screen.getByRole('region', { name: 'Your data' })).getByRole('link', { name: 'Download my data (ZIP)' })).toBeTruthy();
  });

  it('is reached from the name in the header, outside the folding menu', async () => {
    await renderAt('/bestaat-niet');
    const link = await screen.findByRole('link', { name: /^Mijn account: ?An Peeters$/ });
    expect(link.getAttribute('href')).toBe('/account');
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' }).contains(link)).toBe(false);
  });

  it('sends a visitor to log in', async () => {
    fake = fakeApi();
    await renderAt('/account');
    await screen.findByRole('heading', { level: 1, name: 'Aanmelden' });
  });
});
