import { expect } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { caller, coordinatorContext, demoContext, newSchool, submittedBaseline } from './label-helpers';
import type { Call, LabelSchool, SchoolPlace } from './label-helpers';

// Set-up for the action-plan and mentoring specs through the API: a new school in the demo programme
// with a submitted baseline whose weakest criteria are those of key elements E1 and E6 (the demo
// company Demotech NV has that expertise), so the plan proposes them and the matching scores the
// school high against Demotech.

/** Criteria of E1 (C01–C03) and E6 (C15–C19) stay "not yet"; the others are competent. */
const WEAK = new Set([0, 1, 2, 14, 15, 16, 17, 18]);

export const BRUGGE: SchoolPlace = { municipality: 'Brugge', postcode: '8000', province: 'west-vlaanderen' };

export interface PlanSchool extends LabelSchool {
  criteria: string[];
}

export async function planSchool(browser: Browser, prefix: string, place?: SchoolPlace): Promise<PlanSchool> {
  const school = await newSchool(browser, prefix, place);
  const { criteria } = await submittedBaseline(browser, school, (index) => (WEAK.has(index) ? 'not_yet' : 'competent'));
  return { ...school, criteria };
}

export function schoolBase(school: { programmeId: number | string; organisationId: number | string }): string {
  return `/programmes/${school.programmeId}/schools/${school.organisationId}`;
}

export function apiBase(school: { programmeId: number | string; organisationId: number | string }): string {
  return `/api/programmes/${school.programmeId}/schools/${school.organisationId}`;
}

/** Runs `work` with API calls as the school's coordinator. */
export async function asCoordinator<T>(browser: Browser, school: LabelSchool, work: (call: Call) => Promise<T>): Promise<T> {
  const context = await coordinatorContext(browser, school);
  try {
    return await work(caller(context.request));
  } finally {
    await context.close();
  }
}

export async function asDemo<T>(browser: Browser, role: Parameters<typeof demoContext>[1], work: (call: Call) => Promise<T>): Promise<T> {
  const context = await demoContext(browser, role);
  try {
    return await work(caller(context.request));
  } finally {
    await context.close();
  }
}

/** A goal from the first proposal, with one action (due `dueOn`) owned by nobody. */
export async function goalWithAction(call: Call, school: LabelSchool, dueOn: string): Promise<{ goal: any; action: any }> {
  const plan = await call('GET', `${apiBase(school)}/action-plan`);
  expect(plan.status, JSON.stringify(plan.body)).toBe(200);
  expect(plan.body.proposals.length, 'proposals from the submitted baseline').toBeGreaterThan(0);
  const criterionId = plan.body.proposals[0].criterionId;
  const goal = await call('POST', `${apiBase(school)}/action-plan/goals`, {
    title: `Doel voor ${criterionId}`,
    fromProposal: criterionId,
    successIndicator: 'Drie klassen werken ermee.',
  });
  expect(goal.status, JSON.stringify(goal.body)).toBe(201);
  const action = await call('POST', `/api/action-goals/${goal.body.id}/actions`, { title: 'Eerste stap zetten', dueOn });
  expect(action.status, JSON.stringify(action.body)).toBe(201);
  return { goal: goal.body, action: action.body };
}

/** The demo mentor's confirmed school from the demo data (Ter Duinen). */
export async function demoMentoredSchool(browser: Browser): Promise<{ programmeId: number; organisationId: number; name: string }> {
  return asDemo(browser, 'mentor', async (call) => {
    const answer = await call('GET', '/api/mentoring');
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const school = (answer.body.schools as { programmeId: number; organisationId: number; name: string }[]).find((s) =>
      s.name.includes('Ter Duinen'),
    );
    expect(school, 'the demo mentor is matched to Demoschool Ter Duinen').toBeTruthy();
    return school!;
  });
}
