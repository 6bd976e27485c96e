// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

const resource = (id: number, title: string, overrides: Record<string, unknown> = {}) => ({
  id,
  programmeId: null,
  kind: 'best_practice',
  title,
  description: 'Een voorbeeld.',
  url: 'https://example.org/' + id,
  fileName: null,
  contentType: null,
  size: null,
  downloadUrl: null,
  elementIds: ['E1'],
  criterionIds: [],
  published: true,
  ...overrides,
});

const organiser = {
  user: { id: 1, email: 'o@org.be', name: 'Olivia', language: 'nl' },
  memberships: [{ organisationId: 1, organisationName: 'Organisator', organisationKind: 'organiser', role: 'organiser' }],
  programmes: [],
};

beforeEach(() => {
  fake = fakeApi();
  fake.routes['GET /api/frameworks'] = () => json(200, { frameworks: [] });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const click = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

describe('resources', () => {
  it('reads the filters from the URL and sends a new search', async () => {
    signedInAs(fake, { ...organiser, memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role: 'coordinator' }] });
    fake.routes['GET /api/resources'] = () => json(200, { resources: [resource(1, 'Techniekdag'), resource(2, 'Draaiboek', { kind: 'playbook', url: null, downloadUrl: '/api/resources/2/file', fileName: 'draaiboek.pdf' })] });
    await renderAt('/resources?kind=best_practice&q=techniek');

    expect(await screen.findByRole('heading', { name: '2 bronnen gevonden' })).toBeTruthy();
    expect(fake.calls.some((c) => c.url === '/api/resources?q=techniek&kind=best_practice')).toBe(true);
    expect((screen.getByLabelText('Soort bron') as HTMLSelectElement).value).toBe('best_practice');
    expect(screen.getByRole('link', { name: 'Draaiboek' }).getAttribute('href')).toBe('/api/resources/2/file');
    fireEvent.change(screen.getByLabelText('Zoeken', { selector: 'input' }), { target: { value: 'robot' } });
    await click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(fake.calls.some((c) => c.url === '/api/resources?q=robot&kind=best_practice')).toBe(true);
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Soort bron'), { target: { value: '' } });
    });
    expect(fake.calls.some((c) => c.url === '/api/resources?q=robot')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Bron toevoegen' })).toBeNull();
  });

  it('lets an organiser add a resource; the server names a bad field', async () => {
    signedInAs(fake, organiser);
    fake.routes['GET /api/resources'] = () => json(200, { resources: [] });
    fake.routes['GET /api/playbook-requests'] = () =>
      json(200, { requests: [{ id: 4, name: 'Vera Bezoeker', email: 'vera@example.org', organisation: 'Scholengroep', status: 'pending', createdAt: 1_800_000_000, approvedAt: null, expiresAt: null }] });
    let attempt = 0;
    fake.routes['POST /api/resources'] = () =>
      ++attempt === 1
        ? apiError(400, 'validation_failed', 'Controleer de velden', { title: 'Deze titel is te lang.' })
        : json(201, resource(5, 'Goede praktijk'));
    fake.routes['POST /api/playbook-requests/4/approve'] = () => json(200, {});
    await renderAt('/resources');

    await click(await screen.findByRole('button', { name: 'Bron toevoegen' }));
    await click(screen.getByRole('button', { name: 'Bron toevoegen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Geef de bron een titel.');
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Goede praktijk' } });
    fireEvent.change(screen.getByLabelText(/^Webadres/), { target: { value: 'https://example.org/praktijk' } });
    await click(screen.getByRole('button', { name: 'Bron toevoegen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Deze titel is te lang.');
    await click(screen.getByRole('button', { name: 'Bron toevoegen' }));
    expect(fake.calls.filter((c) => c.method === 'POST' && c.url === '/api/resources')[1]?.body).toEqual({
      programmeId: null,
      kind: 'best_practice',
      title: 'Goede praktijk',
      description: '',
      url: 'https://example.org/praktijk',
      elementIds: [],
      criterionIds: [],
      published: true,
    });
    expect(await screen.findByText('Bron "Goede praktijk" toegevoegd.')).toBeTruthy();

    const requests = screen.getByTestId('playbook-requests');
    await click(within(requests).getByRole('button', { name: /^Goedkeuren\s+Vera Bezoeker$/ }));
    expect(await within(requests).findByText(/Aanvraag van Vera Bezoeker goedgekeurd/)).toBeTruthy();
  });
  it('lets an organiser delete a resource after confirming', async () => {
    signedInAs(fake, organiser);
    let resources = [resource(1, 'Techniekdag'), resource(2, 'Robotdag')];
    fake.routes['GET /api/resources'] = () => json(200, { resources });
    fake.routes['GET /api/playbook-requests'] = () => json(200, { requests: [] });
    fake.routes['DELETE /api/resources/2'] = () => {
      resources = resources.filter((r) => r.id !== 2);
      return json(204, undefined);
    };
    await renderAt('/resources');

    await click(await screen.findByRole('button', { name: /^Verwijderen\s+Robotdag$/ }));
    expect(screen.getByText('De bron "Robotdag" verwijderen? Dit kan niet ongedaan worden gemaakt.')).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(fake.calls.some((c) => c.method === 'DELETE')).toBe(false);
    await click(screen.getByRole('button', { name: /^Verwijderen\s+Robotdag$/ }));
    await click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(fake.calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual(['/api/resources/2']);
    expect(await screen.findByText('Bron "Robotdag" verwijderd.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: '1 bron gevonden' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Robotdag' })).toBeNull();
  });
});

describe('the public playbook form', () => {
  it('checks the fields, then sends the request with the empty honeypot', async () => {
    fake.routes['POST /api/public/playbook-requests'] = () => json(202, {});
    await renderAt('/playbook');

    await click(await screen.findByRole('button', { name: 'Aanvragen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Vul je naam in.');
    expect(alert.textContent).toContain('Geef je akkoord om de aanvraag te versturen.');
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Vera Bezoeker' } });
    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'vera@example.org' } });
    fireEvent.change(screen.getByLabelText('Organisatie'), { target: { value: 'Scholengroep' } });
    await click(screen.getByLabelText(/Ik ga akkoord/));
    await click(screen.getByRole('button', { name: 'Aanvragen' }));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Vera Bezoeker',
      email: 'vera@example.org',
      organisation: 'Scholengroep',
      consent: true,
      website: '',
    });
    expect((await screen.findByTestId('playbook-sent')).textContent).toContain('Bedankt');
  });
});
