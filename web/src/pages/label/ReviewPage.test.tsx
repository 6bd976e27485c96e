// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../api/label';
import { fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import { application, DECISION, FRAMEWORK_DOC, FRAMEWORK_ROUTE } from '../../testing/labelData';

let fake: FakeApi;

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, {
    user: { id: 9, email: 'r@org.be', name: 'Rita Reviewer', language: 'nl' },
    memberships: [{ organisationId: 1, organisationName: 'Organisator', organisationKind: 'organiser', role: 'reviewer' }],
    programmes: [],
  });
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

describe('the review page', () => {
  it('shows what the school said with its evidence, saves a review and decides with an override reason', async () => {
    let current: Application = application({ canReview: true, canDecide: true });
    fake.routes['GET /api/label-applications/41'] = () => json(200, current);
    fake.routes['PUT /api/label-applications/41/reviews/C01'] = (init) => {
      const body = JSON.parse(String(init.body));
      current = {
        ...current,
        criteria: current.criteria.map((c) =>
          c.criterionId === 'C01' ? { ...c, acceptedLevel: body.acceptedLevel, feedback: body.feedback } : c,
        ),
      };
      return json(200, current);
    };
    await renderAt('/reviews/41');

    const c01 = await screen.findByRole('article', { name: '1 Gepersonaliseerd leren' });
    expect(within(c01).getByTestId('school-level-C01').textContent).toBe('Competent');
    expect(c01.textContent).toContain('Elke leerling werkt op eigen tempo.');
    // Evidence opens in a new tab: the snapshot file inline, the link as it is.
    const file = within(c01).getByRole('link', { name: /Lesplan/ });
    expect(file.getAttribute('href')).toBe('/api/label-applications/41/evidence/100/file?inline=1');
    expect(file.getAttribute('target')).toBe('_blank');
    expect(file.getAttribute('rel')).toContain('noopener');
    expect(file.textContent).toContain('opent in een nieuw tabblad');
    expect(c01.textContent).toContain('lesplan.pdf, 1,5 MB');
    expect(within(c01).getByRole('link', { name: /Schoolwebsite/ }).getAttribute('href')).toBe('https://school.example.org/stem');

    // No proposal while a criterion has no accepted level.
    expect(screen.getByTestId('proposal').textContent).toContain('Nog 2 te gaan');

    // Saving without a level says which one is missing, without a request.
    await click(within(c01).getByRole('button', { name: /Beoordeling bewaren/ }));
    expect(c01.textContent).toContain('Kies een aanvaard niveau voor 1 Gepersonaliseerd leren.');
    expect(fake.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    await click(within(c01).getByRole('radio', { name: /Proficient/ }));
    fireEvent.change(within(c01).getByLabelText('Feedback voor de school bij 1 Gepersonaliseerd leren'), {
      target: { value: 'Goed onderbouwd met het lesplan.' },
    });
    expect(within(c01).getByRole('status').textContent).toBe('Nog niet bewaard.');
    await click(within(c01).getByRole('button', { name: /Beoordeling bewaren/ }));
    const put = fake.calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({ acceptedLevel: 'proficient', feedback: 'Goed onderbouwd met het lesplan.' });
    expect(within(c01).getByRole('status').textContent).toBe('Bewaard.');
    expect(screen.getByTestId('review-progress').textContent).toBe('1 van de 2 criteria hebben een aanvaard niveau.');

    // Deciding with a criterion not reviewed yet: the summary links to that criterion.
    await click(screen.getByRole('button', { name: 'Beslissen' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Kies een aanvaard niveau voor 2 Onderzoekend leren.' }).getAttribute('href')).toBe(
      '#accepted-C02',
    );

    // The server's proposal arrives once everything is reviewed; another label needs a reason.
    current = {
      ...current,
      criteria: current.criteria.map((c) => ({ ...c, acceptedLevel: c.acceptedLevel ?? 'competent' })),
      proposal: { label: 'competent', next: 'proficient', missing: 1, below: [{ criterionId: 'C02', level: 'competent', gap: 1, tooFar: false }] },
    };
    cleanup();
    await renderAt('/reviews/41');
    const proposal = await screen.findByTestId('proposal');
    await within(proposal).findByText('De aanvaarde niveaus geven het label: Competent.');
    expect(proposal.textContent).toContain('2 Onderzoekend leren: Competent, nog 1 niveau te gaan');
    const decisionRegion = screen.getByRole('region', { name: 'Beslissing' });
    expect((within(decisionRegion).getByRole('radio', { name: 'Competent (voorstel)' }) as HTMLInputElement).checked).toBe(true);

    await click(within(decisionRegion).getByRole('radio', { name: 'Proficient' }));
    const reason = screen.getByLabelText('Waarom wijk je af van het voorstel?');
    fireEvent.change(reason, { target: { value: 'Te kort' } });
    await click(screen.getByRole('button', { name: 'Beslissen' }));
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect((await screen.findByRole('alert')).textContent).toContain('Leg in minstens 10 tekens uit waarom je afwijkt van het voorstel.');

    fireEvent.change(reason, { target: { value: 'Het bewijs bij criterium 2 toont meer dan de school zelf aangaf.' } });
    await click(screen.getByRole('button', { name: 'Beslissen' }));
    expect(screen.getByText('Beslissen: Proficient?')).toBeTruthy();
    fake.routes['POST /api/label-applications/41/decision'] = () =>
      json(200, {
        ...current,
        status: 'decided',
        canReview: false,
        canDecide: false,
        decision: { ...DECISION, label: 'proficient', overrideReason: 'Het bewijs bij criterium 2 toont meer dan de school zelf aangaf.' },
      });
    await click(screen.getByRole('button', { name: 'Ja, beslissen' }));
    const decide = fake.calls.find((c) => c.method === 'POST');
    expect(decide?.body).toEqual({ label: 'proficient', overrideReason: 'Het bewijs bij criterium 2 toont meer dan de school zelf aangaf.' });
    const decision = await screen.findByTestId('decision');
    expect(decision.textContent).toContain('Label Proficient behaald');
    expect(decision.textContent).toContain('26 november 2029');
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('De beslissing is genomen.'))).toBe(true);
    // After the decision the review is read-only.
    expect(screen.queryByRole('button', { name: /Beoordeling bewaren/ })).toBeNull();
  });

  it('sends no reason when the decision follows the proposal', async () => {
    const ready = application({
      canReview: true,
      canDecide: true,
      criteria: application().criteria.map((c) => ({ ...c, acceptedLevel: 'competent' })),
      proposal: { label: 'competent', next: 'proficient', missing: 2, below: [] },
    });
    fake.routes['GET /api/label-applications/41'] = () => json(200, ready);
    fake.routes['POST /api/label-applications/41/decision'] = () => json(200, { ...ready, status: 'decided', decision: DECISION });
    await renderAt('/reviews/41');
    await click(await screen.findByRole('button', { name: 'Beslissen' }));
    await click(screen.getByRole('button', { name: 'Ja, beslissen' }));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ label: 'competent' });
  });

  it('is read-only for an organiser', async () => {
    fake.routes['GET /api/label-applications/41'] = () => json(200, application({ canAssign: true }));
    await renderAt('/reviews/41');
    await screen.findByRole('article', { name: '1 Gepersonaliseerd leren' });
    expect(screen.getByText('Je leest deze aanvraag. Alleen de toegewezen beoordelaar kan ze beoordelen en beslissen.')).toBeTruthy();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.getByRole('link', { name: 'Alle labelaanvragen van het programma' }).getAttribute('href')).toBe('/organiser/programmes/7/label');
  });
});
