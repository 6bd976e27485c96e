import { expect } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { DEMO, uniqueDigits } from './helpers';
import { caller, coordinatorContext, demoContext, newSchool } from './label-helpers';
import type { Call, LabelSchool } from './label-helpers';
import { dayFromNow } from './measurement-helpers';

// Set-up for the award specs through the API. Each spec gets its OWN programme of the demo organiser
// (one award round per programme, and closing or announcing it cannot be undone), whose final phase
// and award dates include today, so no extension is needed and the specs never depend on each other
// or on the demo programme's round (dated in June 2027).

export const RUBRIC = [
  { name: 'Impact op leerlingen', weight: 50 },
  { name: 'Samenwerking', weight: 30 },
  { name: 'Duurzaamheid', weight: 20 },
];

export function descriptors(criterion: string, scale: number): string[] {
  return Array.from({ length: scale }, (_, i) => `${criterion}: niveau ${i + 1}`);
}

/** A published programme of the demo organiser with today inside the final and award phases. */
export async function awardProgramme(browser: Browser, prefix = 'Awardprogramma'): Promise<{ id: number; name: string }> {
  const organiser = await demoContext(browser, 'organiser');
  try {
    const name = `${prefix} ${uniqueDigits(6)}`;
    const created = await caller(organiser.request)('POST', '/api/programmes', {
      name,
      schoolYear: '2026-2027',
      audience: 'secondary',
      region: 'Limburg',
      frameworkId: 'eu-stem-school-label',
      maxSchools: 20,
      description: { nl: 'Een programma voor de award-tests.', en: 'A programme for the award tests.' },
      published: true,
      phases: [
        { kind: 'final', opensOn: dayFromNow(-5), closesOn: dayFromNow(60) },
        { kind: 'award', opensOn: dayFromNow(-5), closesOn: dayFromNow(60) },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return { id: Number(created.body.id), name };
  } finally {
    await organiser.close();
  }
}

/** The organiser's round (today inside the candidacy dates) and a three-criterion rubric, through the API. */
export async function roundWithRubric(call: Call, programmeId: number, scale: 5 | 10 = 5): Promise<any> {
  const round = await call('PUT', `/api/programmes/${programmeId}/award`, { opensOn: dayFromNow(-1), closesOn: dayFromNow(30), scale });
  expect(round.status, JSON.stringify(round.body)).toBe(200);
  const rubric = await call('PUT', `/api/programmes/${programmeId}/award/rubric`, {
    criteria: RUBRIC.map((c) => ({ ...c, descriptors: descriptors(c.name, scale) })),
  });
  expect(rubric.status, JSON.stringify(rubric.body)).toBe(200);
  return rubric.body;
}

/** The organiser (`call`) invites the demo juror into the programme's jury, and the juror accepts (joining needs consent). */
/** As the demo organiser: an open round with a three-criterion rubric, and the demo juror in its jury. */
export async function openRoundWithDemoJuror(browser: Browser, programmeId: number): Promise<void> {
  const organiser = await demoContext(browser, 'organiser');
  try {
    const call = caller(organiser.request);
    await roundWithRubric(call, programmeId);
    await inviteDemoJuror(browser, call, programmeId);
  } finally {
    await organiser.close();
  }
}

export async function inviteDemoJuror(browser: Browser, call: Call, programmeId: number): Promise<void> {
  const invited = await call('POST', `/api/programmes/${programmeId}/award/jurors`, { email: DEMO.jury, name: 'Jules Jury' });
  expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  await acceptAsDemoJuror(browser, programmeId);
}

/** The demo juror accepts their invitation into the jury of `programmeId` through the API. */
export async function acceptAsDemoJuror(browser: Browser, programmeId: number): Promise<void> {
  const jury = await demoContext(browser, 'jury');
  try {
    const call = caller(jury.request);
    const mine = await call('GET', '/api/me/invitations');
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    const invitation = (mine.body.invitations as { id: number; award: { programmeId: number } | null }[]).find(
      (i) => Number(i.award?.programmeId) === programmeId,
    );
    expect(invitation, `an invitation into the jury of programme ${programmeId}`).toBeTruthy();
    const accepted = await call('POST', `/api/me/invitations/${invitation!.id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  } finally {
    await jury.close();
  }
}

export interface Candidate {
  school: LabelSchool;
  candidacyId: number;
}

/**
 * A new school in the programme whose coordinator submits the final measurement (every criterion
 * competent), adds a link to the evidence library and submits a candidacy with it. Needs a round that
 * accepts candidacies.
 */
export async function candidate(browser: Browser, programmeId: number, prefix = 'Awardschool'): Promise<Candidate> {
  const school = await newSchool(browser, prefix, undefined, programmeId);
  const coordinator = await coordinatorContext(browser, school);
  try {
    const call = caller(coordinator.request);
    const base = `/api/programmes/${programmeId}/schools/${school.organisationId}`;
    const started = await call('POST', `${base}/measurements/final`, {});
    expect([200, 201], JSON.stringify(started.body)).toContain(started.status);
    const measurementId = Number(started.body.id);
    const answers = started.body.answers as { criterionId: string; version: number }[];
    let criteria = answers.map((a) => a.criterionId);
    if (criteria.length === 0) {
      const framework = await call('GET', `/api/frameworks/${started.body.frameworkId}/versions/${started.body.frameworkVersion}`);
      criteria = (framework.body.criteria as { id: string }[]).map((c) => c.id);
    }
    for (const criterionId of criteria) {
      const version = answers.find((a) => a.criterionId === criterionId)?.version ?? 0;
      const saved = await call('PUT', `/api/measurements/${measurementId}/answers/${criterionId}`, {
        level: 'competent',
        comment: `Toelichting bij ${criterionId}.`,
        version,
      });
      expect(saved.status, `${criterionId}: ${JSON.stringify(saved.body)}`).toBe(200);
    }
    const submitted = await call('POST', `/api/measurements/${measurementId}/submit`, {});
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

    const link = await call('POST', `/api/organisations/${school.organisationId}/evidence/links`, {
      title: `Projectwebsite ${school.name}`,
      description: '',
      url: 'https://example.org/stem-project',
      criterionIds: [criteria[0]],
    });
    expect(link.status, JSON.stringify(link.body)).toBe(201);

    const candidacy = await call('PUT', `${base}/candidacy`, {
      pitch: `${school.name} bouwt samen met bedrijven uit de buurt een STEM-lab waar elke leerling wekelijks experimenteert.`,
      videoUrl: 'https://video.example.org/pitch',
      team: ['Lien Label', 'Tom Techniek'],
      evidenceIds: [link.body.id],
    });
    expect(candidacy.status, JSON.stringify(candidacy.body)).toBe(201);
    return { school, candidacyId: Number(candidacy.body.id) };
  } finally {
    await coordinator.close();
  }
}

/** The demo juror scores every criterion of a candidacy with `score` through the API. */
export async function scoreAsJury(browser: Browser, programmeId: number, candidacyId: number, score: number): Promise<void> {
  const jury = await demoContext(browser, 'jury');
  try {
    const call = caller(jury.request);
    const judging = await call('GET', `/api/programmes/${programmeId}/award/candidates/${candidacyId}`);
    expect(judging.status, JSON.stringify(judging.body)).toBe(200);
    const saved = await call('PUT', `/api/programmes/${programmeId}/award/candidates/${candidacyId}/scores`, {
      scores: (judging.body.round.criteria as { id: number }[]).map((c) => ({ criterionId: c.id, score, comment: 'Sterk dossier.' })),
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  } finally {
    await jury.close();
  }
}
