// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json, renderAt } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

beforeEach(() => {
  fake = fakeApi();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const CERTIFICATE = {
  code: 'K7M2P9QX',
  schoolName: 'Sint-Lucas',
  municipality: 'Brugge',
  label: 'proficient',
  validFrom: '2026-11-26',
  validUntil: '2029-11-26',
  valid: true,
  programmeName: 'STEM-traject 2026',
};

describe('verification, without an account', () => {
  it('asks for a code and takes a pasted link to its code', async () => {
    fake.routes['GET /api/public/certificates/K7M2P9QX'] = () => json(200, CERTIFICATE);
    await renderAt('/verify');
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Controleren' }));
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Vul de verificatiecode in.');
    fireEvent.change(screen.getByLabelText('Verificatiecode'), { target: { value: 'https://stemkompas.be/verify/k7m2p9qx' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    });
    const verdict = await screen.findByTestId('verdict');
    expect(verdict.dataset.verdict).toBe('valid');
    expect(verdict.textContent).toContain('Echt en geldig: dit label is geldig tot en met 26 november 2029.');
    expect(verdict.textContent).toContain('Sint-Lucas');
    expect(verdict.textContent).toContain('Proficient');
  });

  it('says clearly when a genuine label has expired', async () => {
    fake.routes['GET /api/public/certificates/OLD23456'] = () =>
      json(200, { ...CERTIFICATE, code: 'OLD23456', validUntil: '2025-06-30', valid: false });
    await renderAt('/verify/OLD23456');
    const verdict = await screen.findByTestId('verdict');
    expect(verdict.dataset.verdict).toBe('expired');
    expect(verdict.textContent).toContain('Echt, maar verlopen: dit label was geldig tot en met 30 juni 2025.');
  });

  it('says clearly when a code is unknown', async () => {
    fake.routes['GET /api/public/certificates/ZZZZ2222'] = () => apiError(404, 'certificate_not_found', 'Onbekend certificaat');
    await renderAt('/verify/zzzz2222');
    const verdict = await screen.findByTestId('verdict');
    expect(verdict.dataset.verdict).toBe('unknown');
    expect(verdict.textContent).toContain('Onbekende code: er bestaat geen certificaat met deze code.');
  });

  it('reports a rate limit with the wait, not as an unknown code', async () => {
    fake.routes['GET /api/public/certificates/K7M2P9QX'] = () =>
      new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'Te veel', fields: {} } }), {
        status: 429,
        headers: { 'Content-Type': 'application/json', 'Retry-After': '30' },
      });
    await renderAt('/verify/K7M2P9QX');
    expect((await screen.findByRole('alert')).textContent).toContain('30 seconden');
    expect(screen.queryByTestId('verdict')).toBeNull();
  });
});

describe('the showcase', () => {
  it('lists schools with a verify link and filters by province and label through the address', async () => {
    const school = {
      schoolName: 'Sint-Lucas',
      municipality: 'Brugge',
      province: 'west-vlaanderen',
      label: 'competent',
      validUntil: '2029-11-26',
      verifyUrl: 'http://localhost/verify/K7M2P9QX',
    };
    const envelope = (schools: unknown[], over: Record<string, unknown> = {}) => ({
      schools,
      provinces: ['west-vlaanderen', 'limburg'],
      page: 1,
      size: 50,
      pages: 1,
      total: schools.length,
      counts: { province: {}, label: {} },
      ...over,
    });
    fake.routes['GET /api/public/showcase'] = () => json(200, envelope([school]));
    await renderAt('/showcase');
    const item = await screen.findByRole('heading', { level: 2, name: 'Sint-Lucas' });
    const card = item.closest('li')!;
    expect(card.textContent).toContain('Brugge, West-Vlaanderen');
    expect(card.textContent).toContain('geldig tot en met 26 november 2029');
    expect(within(card).getByRole('link', { name: 'Certificaat controleren (Sint-Lucas)' }).getAttribute('href')).toBe('/verify/K7M2P9QX');
    expect(screen.getByTestId('showcase-count').textContent).toBe('1 school gevonden.');

    const province = screen.getByLabelText('Provincie') as HTMLSelectElement;
    expect([...province.options].map((o) => o.textContent)).toEqual(['Alle provincies', 'West-Vlaanderen', 'Limburg']);
    fireEvent.change(province, { target: { value: 'limburg' } });
    fireEvent.change(screen.getByLabelText('Label'), { target: { value: 'expert' } });
    fireEvent.change(screen.getByLabelText('Zoek een school'), { target: { value: ' genk ' } });
    fake.routes['GET /api/public/showcase'] = () => json(200, envelope([]));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Toepassen' }));
    });
    expect(await screen.findByText('Geen scholen gevonden.')).toBeTruthy();
    expect(fake.calls.at(-1)?.url).toBe('/api/public/showcase?province=limburg&label=expert&q=genk');
  });

  it('pages through the server with the page in the address', async () => {
    const school = (i: number) => ({
      schoolName: `School ${i}`,
      municipality: 'Genk',
      province: 'limburg',
      label: 'expert',
      validUntil: '2029-11-26',
      verifyUrl: `http://localhost/verify/CODE${i}`,
    });
    fake.routes['GET /api/public/showcase'] = () => {
      const page = Number(new URL(fake.calls.at(-1)!.url, 'http://x').searchParams.get('page') ?? 1);
      return json(200, {
        schools: [school(page)],
        provinces: ['limburg'],
        page,
        size: 50,
        pages: 3,
        total: 120,
        counts: { province: { limburg: 120 }, label: { expert: 120 } },
      });
    };
    await renderAt('/showcase?label=expert');
    await screen.findByRole('heading', { level: 2, name: 'School 1' });
    expect(screen.getByTestId('showcase-count').textContent).toBe('120 scholen gevonden. 1–1 van 120');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Volgende/ }));
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'School 2' })).toBeTruthy();
    expect(fake.calls.at(-1)?.url).toBe('/api/public/showcase?label=expert&page=2');
  });
});
