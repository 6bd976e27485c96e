import { expect } from '@playwright/test';
import type { APIRequestContext, Browser, BrowserContext } from '@playwright/test';
import { authFile, DEMO, setPasswordLinkFromMail, uniqueDigits } from './helpers';
import type { DemoRole } from './helpers';
import { BASE_URL, dayFromNow } from './measurement-helpers';

// Set-up for the label specs through the API. Each spec gets its own new school in the demo
// programme (registered, accepted by the organiser, its coordinator choosing a password from the
// e-mailed link), so the label flow never touches the demo school that the measurement specs fill in,
// and the one-open-application rule cannot make two specs depend on each other.

export const LABEL_PASSWORD = 'een veilig wachtwoord voor het label';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Call = (method: Method, path: string, body?: unknown) => Promise<{ status: number; body: any }>;

/** API calls with the cookies (and CSRF token) of `request`. */
export function caller(request: APIRequestContext): Call {
  return async (method, path, body) => {
    await request.get('/api/me');
    const csrf = (await request.storageState()).cookies.find((c) => c.name === 'sk_csrf')?.value ?? '';
    const response = await request.fetch(path, {
      method,
      headers: { Accept: 'application/json', 'X-CSRF-Token': csrf },
      data: body,
    });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: response.status(), body: parsed };
  };
}

/** A browser context signed in as a demo user. */
export async function demoContext(browser: Browser, role: DemoRole): Promise<BrowserContext> {
  return browser.newContext({ storageState: authFile(role), baseURL: BASE_URL });
}

export interface LabelSchool {
  programmeId: number;
  organisationId: number;
  name: string;
  municipality: string;
  province: string;
  coordinatorEmail: string;
  /** The signed-in session of the new school's coordinator (for `browser.newContext`). */
  coordinatorState: Awaited<ReturnType<BrowserContext['storageState']>>;
}

/** Where a new school is (the mentor matching scores the province). */
export interface SchoolPlace {
  municipality: string;
  postcode: string;
  province: string;
}

const HASSELT: SchoolPlace = { municipality: 'Hasselt', postcode: '3500', province: 'limburg' };

/**
 * Registers a school in the demo programme (or in `inProgramme`, a programme of the demo organiser), lets
 * the organiser accept it, and signs its coordinator in.
 */
export async function newSchool(
  browser: Browser,
  prefix = 'Labelschool',
  place: SchoolPlace = HASSELT,
  inProgramme?: number,
): Promise<LabelSchool> {
  const stamp = uniqueDigits(6);
  const name = `${prefix} ${stamp}`;
  const email = `label.${stamp}.${uniqueDigits(4)}@school.example.org`;
  const institutionNumber = stamp === '123456' ? '654321' : stamp;
  const { municipality, province } = place;

  const visitor = await browser.newContext({ baseURL: BASE_URL });
  const organiser = await demoContext(browser, 'organiser');
  try {
    const programmes = await visitor.request.get('/api/programmes', { headers: { Accept: 'application/json' } });
    const programme = ((await programmes.json()).programmes as { id: number; name: string }[]).find((p) =>
      inProgramme === undefined ? p.name.includes('(demo)') : Number(p.id) === inProgramme,
    );
    expect(programme, 'the demo programme').toBeTruthy();
    const programmeId = Number(programme!.id);

    const since = Date.now();
    const registered = await caller(visitor.request)('POST', `/api/programmes/${programmeId}/school-registrations`, {
      contactName: `Lien Label ${stamp}`,
      contactFunction: 'STEM-coördinator',
      contactEmail: email,
      contactPhone: '011 12 34 56',
      schoolName: name,
      institutionNumber,
      street: 'Labelstraat 5',
      postcode: place.postcode,
      municipality,
      province,
      network: 'go',
      level: 'secondary',
      pupils: 420,
      heardFrom: 'organiser',
      heardFromOther: '',
      consent: true,
      language: 'nl',
      website: '',
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);

    const asOrganiser = caller(organiser.request);
    const pending = await asOrganiser('GET', `/api/programmes/${programmeId}/registrations?status=pending&kind=school&q=${encodeURIComponent(name)}`);
    expect(pending.status).toBe(200);
    const registration = (pending.body.registrations as { id: number; organisationName: string }[]).find(
      (r) => r.organisationName === name,
    );
    expect(registration, `the registration of ${name}`).toBeTruthy();
    const accepted = await asOrganiser('POST', `/api/registrations/${registration!.id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);

    const link = await setPasswordLinkFromMail(email, since);
    const token = decodeURIComponent(link.split('#token=')[1] ?? '');
    const coordinator = await browser.newContext({ baseURL: BASE_URL });
    try {
      const set = await caller(coordinator.request)('POST', '/api/auth/set-password', { token, password: LABEL_PASSWORD });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
      const mine = (set.body.programmes as { id: number; organisationId: number; role: string }[]).find(
        (p) => Number(p.id) === programmeId && p.role === 'coordinator',
      );
      expect(mine, 'the new coordinator takes part in the demo programme').toBeTruthy();
      return {
        programmeId,
        organisationId: Number(mine!.organisationId),
        name,
        municipality,
        province,
        coordinatorEmail: email,
        coordinatorState: await coordinator.storageState(),
      };
    } finally {
      await coordinator.close();
    }
  } finally {
    await visitor.close();
    await organiser.close();
  }
}

export async function coordinatorContext(browser: Browser, school: LabelSchool): Promise<BrowserContext> {
  return browser.newContext({ storageState: school.coordinatorState, baseURL: BASE_URL });
}

export const LEVELS = ['not_yet', 'competent', 'proficient', 'expert'] as const;

/** Evidence the coordinator adds to the first criterion before submitting. */
export interface LabelEvidence {
  fileTitle: string;
  pdf: string;
  linkTitle: string;
  url: string;
}

/**
 * The organiser gives the school an extension of the baseline phase (closed at "now" in the demo
 * data), the coordinator fills in every criterion with `level(index)` and submits. Returns the
 * measurement id and the criterion ids in order.
 */
export async function submittedBaseline(
  browser: Browser,
  school: LabelSchool,
  level: (index: number) => (typeof LEVELS)[number] = () => 'competent',
  evidence?: LabelEvidence,
): Promise<{ measurementId: number; criteria: string[] }> {
  const organiser = await demoContext(browser, 'organiser');
  const coordinator = await coordinatorContext(browser, school);
  try {
    const base = `/api/programmes/${school.programmeId}/schools/${school.organisationId}`;
    const extension = await caller(organiser.request)('PUT', `${base}/extensions/baseline`, { closesOn: dayFromNow(60) });
    expect(extension.status, JSON.stringify(extension.body)).toBe(200);
    const call = caller(coordinator.request);
    const started = await call('POST', `${base}/measurements/baseline`, {});
    expect([200, 201], JSON.stringify(started.body)).toContain(started.status);
    const measurementId = Number(started.body.id);
    const answers = started.body.answers as { criterionId: string; version: number }[];
    let criteria = answers.map((a) => a.criterionId);
    if (criteria.length === 0) {
      const framework = await call('GET', `/api/frameworks/${started.body.frameworkId}/versions/${started.body.frameworkVersion}`);
      criteria = (framework.body.criteria as { id: string }[]).map((c) => c.id);
    }
    // Evidence for the first criterion: a PDF uploaded as the raw body and a link, both tagged with it.
    const evidenceIds: number[] = [];
    if (evidence) {
      await coordinator.request.get('/api/me');
      const csrf = (await coordinator.request.storageState()).cookies.find((c) => c.name === 'sk_csrf')?.value ?? '';
      const file = await coordinator.request.post(`/api/organisations/${school.organisationId}/evidence/files`, {
        data: Buffer.from(evidence.pdf),
        headers: {
          'Content-Type': 'application/pdf',
          'X-CSRF-Token': csrf,
          'X-File-Name': encodeURIComponent(`${evidence.fileTitle}.pdf`),
          'X-Evidence-Title': encodeURIComponent(evidence.fileTitle),
          'X-Evidence-Criteria': criteria[0]!,
        },
      });
      expect(file.status(), await file.text()).toBe(201);
      evidenceIds.push(Number((await file.json()).id));
      const link = await call('POST', `/api/organisations/${school.organisationId}/evidence/links`, {
        title: evidence.linkTitle,
        description: '',
        url: evidence.url,
        criterionIds: [criteria[0]],
      });
      expect(link.status, JSON.stringify(link.body)).toBe(201);
      evidenceIds.push(Number(link.body.id));
    }
    for (const [index, criterionId] of criteria.entries()) {
      const version = answers.find((a) => a.criterionId === criterionId)?.version ?? 0;
      const saved = await call('PUT', `/api/measurements/${measurementId}/answers/${criterionId}`, {
        level: level(index),
        comment: `Toelichting bij ${criterionId}.`,
        version,
        ...(index === 0 && evidenceIds.length > 0 ? { evidenceIds } : {}),
      });
      expect(saved.status, `${criterionId}: ${JSON.stringify(saved.body)}`).toBe(200);
    }
    const submitted = await call('POST', `/api/measurements/${measurementId}/submit`, {});
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    return { measurementId, criteria };
  } finally {
    await organiser.close();
    await coordinator.close();
  }
}

/** The id of the reviewer demo user, as the organiser's applications list names it. */
export async function reviewerId(call: Call, programmeId: number): Promise<number> {
  const list = await call('GET', `/api/programmes/${programmeId}/label-applications`);
  expect(list.status, JSON.stringify(list.body)).toBe(200);
  const reviewer = (list.body.reviewers as { id: number; name: string }[]).find((r) => r.name === 'Rita Reviewer');
  expect(reviewer, `${DEMO.reviewer} among the reviewers`).toBeTruthy();
  return Number(reviewer!.id);
}

/**
 * The whole review through the API: the coordinator applies, the organiser assigns the demo reviewer,
 * who accepts `accepted(index)` for every criterion and decides the proposal. Returns the application.
 */
export async function decidedApplication(
  browser: Browser,
  school: LabelSchool,
  measurementId: number,
  criteria: string[],
  accepted: (index: number) => (typeof LEVELS)[number] = () => 'competent',
): Promise<any> {
  const coordinator = await coordinatorContext(browser, school);
  const organiser = await demoContext(browser, 'organiser');
  const reviewer = await demoContext(browser, 'reviewer');
  try {
    const applied = await caller(coordinator.request)(
      'POST',
      `/api/programmes/${school.programmeId}/schools/${school.organisationId}/label-applications`,
      { measurementId },
    );
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    const id = applied.body.id;
    await assignReviewer(caller(organiser.request), school.programmeId, id);
    const asReviewer = caller(reviewer.request);
    for (const [index, criterionId] of criteria.entries()) {
      const saved = await asReviewer('PUT', `/api/label-applications/${id}/reviews/${criterionId}`, {
        acceptedLevel: accepted(index),
        feedback: `Feedback bij ${criterionId}.`,
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    }
    const current = await asReviewer('GET', `/api/label-applications/${id}`);
    expect(current.body.proposal, 'a proposal once every criterion is reviewed').toBeTruthy();
    const decided = await asReviewer('POST', `/api/label-applications/${id}/decision`, { label: current.body.proposal.label });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    return decided.body;
  } finally {
    await coordinator.close();
    await organiser.close();
    await reviewer.close();
  }
}

export async function assignReviewer(asOrganiser: Call, programmeId: number, applicationId: number | string): Promise<void> {
  const reviewer = await reviewerId(asOrganiser, programmeId);
  const assigned = await asOrganiser('PUT', `/api/label-applications/${applicationId}/reviewer`, {
    reviewerId: reviewer,
    dueOn: dayFromNow(21),
  });
  expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
}

export function labelPath(school: LabelSchool): string {
  return `/programmes/${school.programmeId}/schools/${school.organisationId}/label`;
}
