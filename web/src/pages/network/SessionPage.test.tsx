// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json, PROGRAMME, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import { session } from '../../testing/networkData';

let fake: FakeApi;

const organiser = {
  user: { id: 1, email: 'o@org.be', name: 'Olivia', language: 'nl' },
  memberships: [{ organisationId: 1, organisationName: 'Organisator', organisationKind: 'organiser', role: 'organiser' }],
  programmes: [{ id: 7, name: PROGRAMME.name, schoolYear: '2026-2027', organisationId: 1, role: 'organiser' }],
};

beforeEach(() => {
  fake = fakeApi();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-03-12T15:00:00Z')); // 16:00 in Brussels: the session has started
  fake.routes['GET /api/programmes/7/progress'] = () => json(200, { phases: [], rows: [] });
  fake.routes['GET /api/programmes/7/working-groups'] = () => json(200, { groups: [] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const click = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

describe('one session', () => {
  it('lets the organiser mark attendance and publish the report', async () => {
    signedInAs(fake, organiser);
    let current = session({ canManage: true, registered: 2 });
    fake.routes['GET /api/sessions/1'] = () => json(200, current);
    const participants = [
      { userId: 11, name: 'Chris Coördinator', organisationName: 'Sint-Lucas', status: 'registered', attended: false },
      { userId: 12, name: 'Mia Mentor', organisationName: 'TechBedrijf', status: 'registered', attended: false },
      { userId: 13, name: 'Wout Wachtlijst', organisationName: 'Atheneum', status: 'waitlisted', attended: false },
    ];
    const counts = { status: { registered: 2, waitlisted: 1 }, attended: 0 };
    fake.routes['GET /api/sessions/1/participants'] = () => json(200, { participants, page: 1, size: 50, pages: 1, total: 3, counts });
    fake.routes['PUT /api/sessions/1/attendance'] = () => json(200, { ...participants[0], attended: true });
    fake.routes['PUT /api/sessions/1/report'] = () => {
      current = { ...current, report: { body: '## Terugblik\nWe **leerden** veel.', publishedAt: 1_805_000_000 } };
      return json(200, current);
    };
    await renderAt('/sessions/1');

    const table = await screen.findByTestId('participants');
    const row = await within(table).findByRole('row', { name: /Chris/ });
    expect(within(within(table).getByRole('row', { name: /Wout/ })).queryByRole('checkbox')).toBeNull();
    expect(fake.calls.find((c) => c.method === 'GET' && c.url.startsWith('/api/sessions/1/participants'))?.url).toBe(
      '/api/sessions/1/participants?page=1&size=50&sort=queue',
    );
    // A tick is saved at once for that participant; the row and the count come from the answer.
    await click(within(row).getByRole('checkbox', { name: 'Chris Coördinator was aanwezig' }));
    expect(fake.calls.find((c) => c.method === 'PUT' && c.url === '/api/sessions/1/attendance')?.body).toEqual({ userId: 11, attended: true });
    expect(await within(table).findByText('Aanwezigheden opgeslagen.')).toBeTruthy();
    expect((within(row).getByRole('checkbox', { name: 'Chris Coördinator was aanwezig' }) as HTMLInputElement).checked).toBe(true);
    expect(within(table).getByText(/Aanwezig gemarkeerd: 1\./)).toBeTruthy();
    expect(fake.calls.filter((c) => c.method === 'GET' && c.url.startsWith('/api/sessions/1/participants'))).toHaveLength(1);

    const editor = screen.getByTestId('report-editor');
    fireEvent.change(within(editor).getByLabelText('Verslag', { exact: true }), { target: { value: '## Terugblik\nWe **leerden** veel.' } });
    await click(within(editor).getByLabelText('Verslag publiceren voor de deelnemers'));
    await click(within(editor).getByRole('button', { name: 'Verslag opslaan' }));
    expect(fake.calls.find((c) => c.method === 'PUT' && c.url === '/api/sessions/1/report')?.body).toEqual({
      body: '## Terugblik\nWe **leerden** veel.',
      published: true,
    });
    const report = await screen.findByTestId('report');
    expect(within(report).getByRole('heading', { name: 'Terugblik' })).toBeTruthy();
    expect(within(report).getByText('leerden').tagName).toBe('STRONG');
  });

  it('shows a participant the published report safely, with attachments, and no management', async () => {
    signedInAs(fake, { ...organiser, memberships: [], programmes: [] });
    fake.routes['GET /api/sessions/1'] = () =>
      json(
        200,
        session({
          myStatus: 'registered',
          registered: 1,
          report: { body: 'Zie <img src=x onerror=alert(1)> en [de dia\'s](https://example.org/dia.pdf)', publishedAt: 1_805_000_000 },
          attachments: [{ id: 4, fileName: 'fotos.pdf', size: 2048, url: '/api/sessions/1/attachments/4' }],
        }),
      );
    await renderAt('/sessions/1');

    const report = await screen.findByTestId('report');
    expect(report.querySelector('img')).toBeNull();
    expect(report.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(within(report).getByRole('link', { name: "de dia's" }).getAttribute('href')).toBe('https://example.org/dia.pdf');
    expect(within(report).getByRole('link', { name: 'fotos.pdf' }).getAttribute('href')).toBe('/api/sessions/1/attachments/4');
    expect(screen.queryByTestId('participants')).toBeNull();
    expect(screen.queryByTestId('report-editor')).toBeNull();
    // The session has started: no more cancelling.
    expect(screen.queryByRole('button', { name: 'Uitschrijven' })).toBeNull();
  });

  it('uploads an attachment as the raw body with its name, and removes one', async () => {
    signedInAs(fake, organiser);
    let attachments = [{ id: 4, fileName: 'oud.pdf', size: 2048, url: '/api/sessions/1/attachments/4' }];
    fake.routes['GET /api/sessions/1'] = () => json(200, session({ canManage: true, attachments }));
    fake.routes['GET /api/sessions/1/participants'] = () =>
      json(200, { participants: [], page: 1, size: 50, pages: 1, total: 0, counts: { status: { registered: 0, waitlisted: 0 }, attended: 0 } });
    fake.routes['POST /api/sessions/1/attachments'] = () => {
      attachments = [...attachments, { id: 5, fileName: 'dia’s.pdf', size: 10, url: '/api/sessions/1/attachments/5' }];
      return json(201, attachments[1]);
    };
    fake.routes['DELETE /api/sessions/1/attachments/4'] = () => {
      attachments = attachments.filter((a) => a.id !== 4);
      return json(204, undefined);
    };
    await renderAt('/sessions/1');

    const editor = await screen.findByTestId('report-editor');
    await click(within(editor).getByRole('button', { name: 'Bijlage opladen' }));
    expect(within(editor).getByRole('alert').textContent).toBe('Kies eerst een bestand.');
    const file = new File(['%PDF-1.4'], 'dia’s.pdf', { type: 'application/pdf' });
    await act(async () => {
      fireEvent.change(within(editor).getByLabelText('Bestand toevoegen'), { target: { files: [file] } });
    });
    await click(within(editor).getByRole('button', { name: 'Bijlage opladen' }));
    expect(await within(editor).findByText('Bijlage dia’s.pdf toegevoegd.')).toBeTruthy();
    const upload = (fetch as unknown as { mock: { calls: [string, RequestInit][] } }).mock.calls.find(
      ([url, init]) => url === '/api/sessions/1/attachments' && init.method === 'POST',
    );
    expect((upload![1].headers as Record<string, string>)['X-File-Name']).toBe(encodeURIComponent('dia’s.pdf'));
    expect(upload![1].body).toBe(file);
    expect(within(editor).getByRole('link', { name: 'dia’s.pdf' })).toBeTruthy();

    await click(within(editor).getByRole('button', { name: /^Verwijderen\s+oud\.pdf$/ }));
    expect(await within(editor).findByText('Bijlage oud.pdf verwijderd.')).toBeTruthy();
    expect(within(editor).queryByRole('link', { name: 'oud.pdf' })).toBeNull();
  });

  it('lets the organiser delete the session after confirming, then shows the sessions of the programme', async () => {
    signedInAs(fake, organiser);
    fake.routes['GET /api/sessions/1'] = () => json(200, session({ canManage: true }));
    fake.routes['GET /api/sessions/1/participants'] = () =>
      json(200, { participants: [], page: 1, size: 50, pages: 1, total: 0, counts: { status: { registered: 0, waitlisted: 0 }, attended: 0 } });
    fake.routes['GET /api/programmes/7'] = () => json(200, PROGRAMME);
    fake.routes['GET /api/programmes/7/sessions'] = () => json(200, { sessions: [] });
    fake.routes['GET /api/me/ical'] = () => json(200, { url: 'http://localhost/ical/x.ics' });
    let attempt = 0;
    fake.routes['DELETE /api/sessions/1'] = () =>
      ++attempt === 1 ? apiError(500, 'internal', 'Er ging iets mis') : json(204, undefined);
    await renderAt('/sessions/1');

    await click(await screen.findByRole('button', { name: 'Sessie verwijderen' }));
    expect(screen.getByText(/^De sessie "Inspiratiesessie" verwijderen/)).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    // A failure keeps the page, with the error.
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Inspiratiesessie' })).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Sessie verwijderen' }));
    await click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(fake.calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual(['/api/sessions/1', '/api/sessions/1']);
    expect(await screen.findByText('Sessie "Inspiratiesessie" verwijderd.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: /Sessies/ })).toBeTruthy();
  });
});
