// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import { application, DECISION, FRAMEWORK_DOC, FRAMEWORK_ROUTE } from '../../testing/labelData';

const LIST = 'GET /api/programmes/7/schools/3/label-applications';

let fake: FakeApi;

function as(role: string) {
  signedInAs(fake, {
    user: { id: 10, email: 'c@school.be', name: 'Chris', language: 'nl' },
    memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role }],
    programmes: [],
  });
}

beforeEach(() => {
  fake = fakeApi();
  fake.routes[FRAMEWORK_ROUTE] = () => json(200, FRAMEWORK_DOC);
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

describe("the school's label page", () => {
  it('lets the coordinator apply with a submitted measurement after confirming', async () => {
    as('coordinator');
    let applied = false;
    fake.routes[LIST] = () =>
      json(200, {
        applications: applied ? [application({ status: 'submitted', reviewer: null, dueOn: null })] : [],
        eligible: [{ measurementId: 5, kind: 'baseline' }],
        showcase: { consented: false },
      });
    fake.routes['POST /api/programmes/7/schools/3/label-applications'] = () => {
      applied = true;
      return json(201, application({ status: 'submitted' }));
    };
    await renderAt('/programmes/7/schools/3/label');

    const apply = await screen.findByRole('region', { name: 'Het label aanvragen' });
    expect((within(apply).getByRole('radio', { name: 'Nulmeting (ingediend)' }) as HTMLInputElement).checked).toBe(true);
    await click(within(apply).getByRole('button', { name: 'Label aanvragen' }));
    // Nothing is sent before the confirmation, which takes the focus.
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
    const question = within(apply).getByText('Het label aanvragen met de nulmeting?');
    expect(document.activeElement).toBe(question.parentElement);
    await click(within(apply).getByRole('button', { name: 'Ja, aanvragen' }));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ measurementId: 5 });

    const open = await screen.findByTestId('open-application');
    expect(within(open).getByTestId('application-status').textContent).toBe('Ingediend, wacht op een beoordelaar');
    expect(open.textContent).toContain('Nog niet toegewezen');
    expect(screen.getByRole('status').textContent).toContain('De aanvraag is ingediend.');
  });

  it('shows the server message when the measurement cannot be used', async () => {
    as('coordinator');
    fake.routes[LIST] = () => json(200, { applications: [], eligible: [{ measurementId: 5, kind: 'baseline' }], showcase: { consented: false } });
    fake.routes['POST /api/programmes/7/schools/3/label-applications'] = () =>
      apiError(409, 'application_open', 'Er loopt al een aanvraag voor deze school.');
    await renderAt('/programmes/7/schools/3/label');
    await click(await screen.findByRole('button', { name: 'Label aanvragen' }));
    await click(screen.getByRole('button', { name: 'Ja, aanvragen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Er loopt al een aanvraag voor deze school.');
  });

  it('shows the decision with feedback per criterion, the certificate and the consent', async () => {
    as('coordinator');
    const decided = application({
      status: 'decided',
      criteria: [
        { ...application().criteria[0]!, acceptedLevel: 'competent', feedback: 'Mooi voorbeeld.' },
        { ...application().criteria[1]!, acceptedLevel: 'competent', feedback: 'Nog niet overal zichtbaar.' },
      ],
      decision: DECISION,
    });
    fake.routes[LIST] = () => json(200, { applications: [decided], eligible: [{ measurementId: 5, kind: 'baseline' }], showcase: { consented: false } });
    fake.routes['PUT /api/organisations/3/showcase'] = () => json(200, { consented: true });
    await renderAt('/programmes/7/schools/3/label');

    const decision = await screen.findByTestId('decision');
    expect(decision.textContent).toContain('Label Competent behaald');
    expect(within(decision).getByTestId('valid-until').textContent).toBe('26 november 2029');
    expect(within(decision).getByTestId('certificate-code').textContent).toBe('K7M2P9QX');
    expect(within(decision).getByRole('link', { name: 'Certificaat downloaden (PDF)' }).getAttribute('href')).toBe(
      '/api/label-applications/41/certificate.pdf?lang=nl',
    );
    expect(within(decision).getByRole('link', { name: 'Verificatiepagina van het certificaat' }).getAttribute('href')).toBe('/verify/K7M2P9QX');

    const table = await screen.findByTestId('feedback-table');
    const row = await within(table).findByRole('row', { name: /2 Onderzoekend leren/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Proficient',
      'Competent (anders dan jullie niveau)',
      'Nog niet overal zichtbaar.',
    ]);

    // Applying again is possible after a decision.
    expect(screen.getByRole('region', { name: 'Het label aanvragen' }).textContent).toContain('Jullie school kreeg al een beslissing.');

    const consent = screen.getByLabelText('Toon onze school op de etalage zolang ons label geldig is') as HTMLInputElement;
    expect(consent.checked).toBe(false);
    await click(consent);
    expect(fake.calls.find((c) => c.method === 'PUT')?.body).toEqual({ consented: true });
    expect(consent.checked).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('Jullie school mag op de etalage verschijnen.');
  });

  it('is read-only for a team member, with a withdraw only for the coordinator', async () => {
    as('team_member');
    fake.routes[LIST] = () => json(200, { applications: [application()], eligible: [], showcase: { consented: true } });
    await renderAt('/programmes/7/schools/3/label');
    const open = await screen.findByTestId('open-application');
    expect(open.textContent).toContain('Rita Reviewer');
    expect(within(open).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByTestId('showcase-state').textContent).toBe('De school gaf toestemming om op de etalage te verschijnen.');
  });

  it('lets the coordinator withdraw an open application after confirming', async () => {
    as('coordinator');
    let withdrawn = false;
    fake.routes[LIST] = () =>
      json(200, {
        applications: [application(withdrawn ? { status: 'withdrawn' } : {})],
        eligible: [{ measurementId: 5, kind: 'baseline' }],
        showcase: { consented: false },
      });
    fake.routes['POST /api/label-applications/41/withdraw'] = () => {
      withdrawn = true;
      return json(200, application({ status: 'withdrawn' }));
    };
    await renderAt('/programmes/7/schools/3/label');
    await click(await screen.findByRole('button', { name: 'Aanvraag intrekken' }));
    await click(screen.getByRole('button', { name: 'Ja, intrekken' }));
    expect(fake.calls.some((c) => c.method === 'POST' && c.url === '/api/label-applications/41/withdraw')).toBe(true);
    await screen.findByRole('region', { name: 'Het label aanvragen' });
    expect(screen.getByRole('region', { name: 'Eerdere aanvragen' }).textContent).toContain('Ingetrokken');
  });
});
