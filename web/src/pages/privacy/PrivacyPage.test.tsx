// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderAt } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

beforeEach(() => {
  fake = fakeApi();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('the privacy page', () => {
  it('is there for a visitor, one heading per topic, in Dutch', async () => {
    await renderAt('/privacy');
    await screen.findByRole('heading', { level: 1, name: 'Privacy en je gegevens' });
    expect(headings()).toEqual([
      'Wie is verantwoordelijk?',
      'Wat we bewaren, waarom en wie het ziet',
      'Hoe lang we het bewaren',
      'Antwoorden op vragenlijsten zijn anoniem',
      'Je rechten',
      'Wat er gebeurt als je account gewist wordt',
    ]);
    const main = screen.getByRole('main');
    for (const period of ['14 dagen', '180 dagen', '90 dagen', '2 jaar']) expect(main.textContent).toContain(period);
    expect(main.textContent).toContain('minstens vijf mensen');
    expect(main.textContent).toContain('‘voormalig lid’');
    expect(within(main).getByRole('link', { name: 'Naar Mijn account' }).getAttribute('href')).toBe('/account');
    expect(within(main).getByRole('link', { name: 'Stel je vraag' }).getAttribute('href')).toBe('/ask');
    // Nothing to load: a visitor's page asks the server only who is signed in.
    expect(fake.calls.filter((c) => c.url !== '/api/auth/session')).toEqual([]);
  });

  it('speaks English', async () => {
    localStorage.setItem('sk_language', 'en');
    await renderAt('/privacy');
    await screen.findByRole('heading', { level: 1, name: 'Privacy and your data' });
    expect(headings()).toEqual([
      'Who is responsible?',
      'What we keep, why, and who sees it',
      'How long we keep it',
      'Survey answers are anonymous',
      'Your rights',
      'What happens when your account is erased',
    ]);
    expect(screen.getByRole('main').textContent).toContain('not even the school');
  });
});
