// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AwardResults, Judging, Round } from '../../api/award';
import { apiError, fakeApi, json, PROGRAMME, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const click = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

const change = async (element: HTMLElement, value: string) => {
  await act(async () => {
    fireEvent.change(element, { target: { value } });
  });
};

const CRITERIA = [
  { id: 11, position: 0, name: 'Impact', weight: 3, descriptors: ['i1', 'i2', 'i3', 'i4', 'i5'] },
  { id: 12, position: 1, name: 'Team', weight: 1, descriptors: ['t1', 't2', 't3', 't4', 't5'] },
  { id: 13, position: 2, name: 'Plan', weight: 1, descriptors: ['p1', 'p2', 'p3', 'p4', 'p5'] },
];

function round(patch: Partial<Round> = {}): Round {
  return {
    programmeId: 7,
    opensOn: '2026-11-01',
    closesOn: '2026-12-20',
    scale: 5,
    status: 'open',
    acceptingCandidacies: true,
    rubricLocked: false,
    criteria: CRITERIA,
    winners: [],
    createdAt: 1_700_000_000,
    updatedAt: 1_700_000_000,
    ...patch,
  };
}

describe('the judging page', () => {
  beforeEach(() => {
    fake = fakeApi();
    signedInAs(fake, {
      user: { id: 5, email: 'jury@demo.stemkompas.be', name: 'Jules Jury', language: 'nl' },
      memberships: [{ organisationId: 1, organisationName: 'Organisator', organisationKind: 'organiser', role: 'jury' }],
      programmes: [],
    });
  });

  it('needs a score per criterion, shows the weighted total and saves the scores', async () => {
    const judging: Judging = {
      round: round(),
      candidacy: {
        id: 31,
        organisationId: 40,
        schoolName: 'Sint-Jozef',
        pitch: 'Onze pitch.',
        videoUrl: null,
        team: ['An', 'Bo'],
        evidence: [],
        submittedAt: 1_700_000_000,
        status: 'submitted',
      },
      myScores: [{ criterionId: 12, score: 2, comment: 'Klein team.', updatedAt: 1 }],
      recused: false,
      canScore: true,
      allScores: null,
    };
    fake.routes['GET /api/programmes/7/award/candidates/31'] = () => json(200, judging);
    fake.routes['PUT /api/programmes/7/award/candidates/31/scores'] = (init) =>
      json(200, { scores: (JSON.parse(String(init.body)).scores as object[]).map((s) => ({ ...s, updatedAt: 2 })) });
    await renderAt('/jury/programmes/7/candidates/31');

    await screen.findByRole('heading', { level: 1, name: /Sint-Jozef/ });
    const form = screen.getByTestId('score-form');
    expect((within(form).getByLabelText('Toelichting bij Team') as HTMLTextAreaElement).value).toBe('Klein team.');
    await click(within(form).getByRole('button', { name: 'Scores bewaren' }));
    const alert = within(form).getByRole('alert');
    expect(alert.textContent).toContain('Kies een score voor Impact.');
    expect(alert.textContent).toContain('Kies een score voor Plan.');
    expect(alert.textContent).not.toContain('Kies een score voor Team.');
    expect(fake.calls.some((c) => c.method === 'PUT')).toBe(false);

    await click(within(within(form).getByRole('group', { name: 'Impact (gewicht 3)' })).getByRole('radio', { name: '5 – i5' }));
    await click(within(within(form).getByRole('group', { name: 'Plan (gewicht 1)' })).getByRole('radio', { name: '4 – p4' }));
    // (3·5 + 1·2 + 1·4) / 5 = 4.2
    expect(screen.getByTestId('weighted-total').textContent).toBe('Gewogen totaal: 4,20 op 5 (3 van 3 criteria gescoord).');
    await click(within(form).getByRole('button', { name: 'Scores bewaren' }));
    const put = fake.calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({
      scores: [
        { criterionId: 11, score: 5, comment: '' },
        { criterionId: 12, score: 2, comment: 'Klein team.' },
        { criterionId: 13, score: 4, comment: '' },
      ],
    });
    expect(screen.getByRole('status').textContent).toContain('Je scores voor Sint-Jozef zijn bewaard.');
    expect(screen.getByRole('heading', { name: 'Belangenconflict' })).toBeTruthy();
  });
});

describe('the organiser award page after the close', () => {
  beforeEach(() => {
    fake = fakeApi();
    signedInAs(fake, {
      user: { id: 2, email: 'o@org.be', name: 'Olga Organisator', language: 'nl' },
      memberships: [{ organisationId: 1, organisationName: 'Organisator', organisationKind: 'organiser', role: 'organiser' }],
      programmes: [],
    });
    fake.routes['GET /api/programmes/7'] = () => json(200, PROGRAMME);
  });

  it('shows both rankings with shared places, refuses an empty announcement and announces the chosen winner', async () => {
    let current = round({ status: 'closed', rubricLocked: true });
    fake.routes['GET /api/programmes/7/award'] = () =>
      json(200, {
        role: 'organiser',
        round: current,
        jurors: [],
        candidacies: [
          { id: 1, organisationId: 41, schoolName: 'Atheneum', status: 'submitted', submittedAt: 1 },
          { id: 2, organisationId: 42, schoolName: 'Broederschool', status: 'submitted', submittedAt: 1 },
          { id: 3, organisationId: 43, schoolName: 'College', status: 'submitted', submittedAt: 1 },
        ],
      });
    fake.routes['GET /api/programmes/7/award/progress'] = () => json(200, { jurors: [], candidates: [], cells: [], flagged: [] });
    const row = (candidacyId: number, schoolName: string, score: number, rank: number) => ({
      candidacyId,
      schoolName,
      score,
      rank,
      jurors: 2,
      winner: false,
    });
    const results: AwardResults = {
      status: 'closed',
      scale: 5,
      criteria: CRITERIA,
      raw: [row(1, 'Atheneum', 4.5, 1), row(2, 'Broederschool', 4, 2), row(3, 'College', 4, 2)],
      normalised: [row(2, 'Broederschool', 4.2, 1), row(1, 'Atheneum', 3.9, 2), row(3, 'College', 2.9, 3)],
      flagged: [3],
      perCriterion: [{ candidacyId: 1, criterionId: 11, mean: 4.5 }],
      jurorTotals: [],
      winners: [],
    };
    fake.routes['GET /api/programmes/7/award/results'] = () => json(200, results);
    fake.routes['POST /api/programmes/7/award/announce'] = () => {
      current = round({ status: 'announced', rubricLocked: true, winners: [2] });
      return json(200, current);
    };
    await renderAt('/organiser/programmes/7/award');

    const ranking = await screen.findByTestId('ranking');
    const rows = within(ranking).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(['Broederschool', 'Atheneum', 'College']);
    expect(rows[0]!.textContent).toContain('2 (gedeeld)');
    expect(rows[0]!.textContent).toContain('1 plaats(en) hoger na normaliseren');
    expect(rows[2]!.textContent).toContain('jury sterk oneens');
    expect(screen.getByRole('link', { name: 'Resultaten als PDF' }).getAttribute('href')).toBe('/api/programmes/7/award/results.pdf?lang=nl');

    await click(screen.getByRole('button', { name: 'Bekendmaken' }));
    expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('Kies minstens één winnaar.'))).toBe(true);
    await click(screen.getByRole('checkbox', { name: 'Broederschool' }));
    await click(screen.getByRole('button', { name: 'Bekendmaken' }));
    await click(screen.getByRole('button', { name: 'Ja, bekendmaken' }));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ winners: [2] });
    expect(screen.getByRole('status').textContent).toContain('De winnaars zijn bekendgemaakt: Broederschool.');
  });
});

describe('the school award page', () => {
  beforeEach(() => {
    fake = fakeApi();
    signedInAs(fake, {
      user: { id: 3, email: 'c@school.be', name: 'Cora', language: 'nl' },
      memberships: [{ organisationId: 40, organisationName: 'Sint-Jozef', organisationKind: 'school', role: 'coordinator' }],
      programmes: [],
    });
  });

  it('asks for the final measurement first', async () => {
    fake.routes['GET /api/programmes/7/award'] = () =>
      json(200, {
        role: 'school',
        round: round(),
        schools: [{ organisationId: 40, organisationName: 'Sint-Jozef', finalSubmitted: false, canEdit: true, candidacy: null }],
      });
    await renderAt('/programmes/7/schools/40/award');
    expect((await screen.findByTestId('final-needed')).textContent).toContain('Dien eerst jullie eindmeting in');
    expect(screen.queryByTestId('candidacy-form')).toBeNull();
  });

  it('checks the candidacy before sending it and maps the server fields', async () => {
    fake.routes['GET /api/programmes/7/award'] = () =>
      json(200, {
        role: 'school',
        round: round(),
        schools: [{ organisationId: 40, organisationName: 'Sint-Jozef', finalSubmitted: true, canEdit: true, candidacy: null }],
      });
    fake.routes['GET /api/organisations/40/evidence'] = () =>
      json(200, { evidence: [{ id: 90, title: 'Lesplan', kind: 'file' }], page: 1, size: 20, pages: 1, total: 1, counts: {}, quota: { used: 0, limit: 1 } });
    fake.routes['PUT /api/programmes/7/schools/40/candidacy'] = () =>
      apiError(400, 'validation_failed', 'Ongeldig', { 'evidenceIds[0]': 'Dit bewijsstuk is niet van jullie school.' });
    await renderAt('/programmes/7/schools/40/award');

    const form = await screen.findByTestId('candidacy-form');
    await click(within(form).getByRole('button', { name: 'Kandidatuur indienen' }));
    let alert = screen.getAllByRole('alert').map((a) => a.textContent).join(' ');
    expect(alert).toContain('De pitch heeft minstens 50 tekens.');
    expect(alert).toContain('Vul minstens één naam van het team in.');
    await change(within(form).getByLabelText('Pitch'), 'x'.repeat(60));
    await change(within(form).getByLabelText('Team'), 'An\nBo');
    await change(within(form).getByLabelText('Link naar een video'), 'https://video.example.org/p');
    await click(within(form).getByRole('checkbox', { name: 'Lesplan' }));
    await click(within(form).getByRole('button', { name: 'Kandidatuur indienen' }));
    expect(fake.calls.find((c) => c.method === 'PUT')?.body).toEqual({
      pitch: 'x'.repeat(60),
      videoUrl: 'https://video.example.org/p',
      team: ['An', 'Bo'],
      evidenceIds: [90],
    });
    alert = screen.getAllByRole('alert').map((a) => a.textContent).join(' ');
    expect(alert).toContain('Dit bewijsstuk is niet van jullie school.');
  });

  it('shows the result after the announcement and never a score', async () => {
    fake.routes['GET /api/programmes/7/award'] = () =>
      json(200, {
        role: 'school',
        round: round({ status: 'announced', acceptingCandidacies: false }),
        schools: [
          {
            organisationId: 40,
            organisationName: 'Sint-Jozef',
            finalSubmitted: true,
            canEdit: false,
            candidacy: { id: 31, status: 'submitted', submittedAt: 1, result: 'won' },
          },
        ],
      });
    fake.routes['GET /api/programmes/7/schools/40/candidacy'] = () =>
      json(200, {
        id: 31,
        programmeId: 7,
        organisationId: 40,
        schoolName: 'Sint-Jozef',
        pitch: 'Onze pitch.',
        videoUrl: null,
        team: ['An'],
        evidenceIds: [],
        evidence: [],
        submittedAt: 1,
        updatedAt: 1,
        status: 'submitted',
        result: 'won',
        canEdit: false,
      });
    await renderAt('/programmes/7/schools/40/award');
    expect((await screen.findByTestId('candidacy-result')).textContent).toContain('Gewonnen!');
    expect(screen.getByTestId('candidacy').textContent).toContain('Onze pitch.');
    expect(screen.queryByTestId('candidacy-form')).toBeNull();
  });
});

describe('the jury of an open round', () => {
  beforeEach(() => {
    fake = fakeApi();
    signedInAs(fake, {
      user: { id: 2, email: 'o@org.be', name: 'Olga Organisator', language: 'nl' },
      memberships: [{ organisationId: 1, organisationName: 'Organisator', organisationKind: 'organiser', role: 'organiser' }],
      programmes: [],
    });
    fake.routes['GET /api/programmes/7'] = () => json(200, PROGRAMME);
    fake.routes['GET /api/programmes/7/award/progress'] = () => json(200, { jurors: [], candidates: [], cells: [], flagged: [] });
  });

  it('shows an invited juror by address only until they accept, and revokes the invitation', async () => {
    let jurors: unknown[] = [
      { userId: 5, name: 'Jules Jury', email: 'jury@x.be', companyId: null, companyName: null, invitationId: null, organisationId: null, invitationPending: false, scored: 0 },
      { userId: null, name: null, email: 'nieuw@x.be', companyId: null, companyName: null, invitationId: 41, organisationId: 1, invitationPending: true, scored: 0 },
    ];
    fake.routes['GET /api/programmes/7/award'] = () => json(200, { role: 'organiser', round: round(), jurors, candidacies: [] });
    fake.routes['DELETE /api/organisations/1/invitations/41'] = () => {
      jurors = jurors.slice(0, 1);
      return new Response(null, { status: 204 });
    };
    fake.routes['POST /api/programmes/7/award/jurors'] = () =>
      json(201, { userId: null, name: null, email: 'ander@x.be', companyId: null, companyName: null, invitationId: 42, organisationId: 1, invitationPending: true, scored: 0 });
    await renderAt('/organiser/programmes/7/award');

    const section = await screen.findByTestId('award-jurors');
    const pending = within(section).getByRole('rowheader', { name: 'Nog niet aanvaard' }).closest('tr')!;
    expect(pending.textContent).toContain('nieuw@x.be');
    expect(pending.textContent).toContain('Uitnodiging nog niet aanvaard');
    await click(within(pending).getByRole('button', { name: 'Uitnodiging intrekken (nieuw@x.be)' }));
    expect(fake.calls.find((c) => c.method === 'DELETE')?.url).toBe('/api/organisations/1/invitations/41');
    expect(screen.getByText('De uitnodiging voor nieuw@x.be is ingetrokken.')).toBeTruthy();

    // The message names the person as typed: the answer does not say whose account the address is.
    await change(within(section).getByLabelText('Naam'), 'Anna Ander');
    await change(within(section).getByLabelText('E-mailadres'), 'ander@x.be');
    await click(within(section).getByRole('button', { name: 'Uitnodigen' }));
    expect(screen.getByText('Anna Ander (ander@x.be) is uitgenodigd als jurylid.')).toBeTruthy();
  });
});
