// Test data for the action plan and mentoring page tests (only imported by *.test.tsx files).

import type { Action, Goal, Plan } from '../api/plan';

export function planAction(over: Partial<Action> = {}): Action {
  return {
    id: 31,
    goalId: 21,
    title: 'Leerlingenbevraging afnemen',
    ownerUserId: 11,
    ownerName: 'Tine Teamlid',
    dueOn: '2026-12-01',
    status: 'todo',
    overdue: false,
    completedAt: null,
    ...over,
  };
}

export function planGoal(over: Partial<Goal> = {}): Goal {
  return {
    id: 21,
    planId: 9,
    title: 'Keuzeopdrachten in elke STEM-les',
    criterionIds: ['C01'],
    targetLevel: 'competent',
    successIndicator: 'Elke klas heeft per trimester drie keuzeopdrachten.',
    ownerUserId: 10,
    ownerName: 'Chris Coördinator',
    startOn: '2026-11-01',
    endOn: '2027-06-30',
    resources: 'Twee lesuren overleg',
    monitoring: 'Elke maand in het STEM-team',
    status: 'in_progress',
    progress: 50,
    actions: [planAction(), planAction({ id: 32, title: 'Voorbeelden verzamelen', ownerUserId: 10, ownerName: 'Chris', status: 'done', dueOn: '2026-11-10' })],
    comments: [{ id: 41, authorName: 'Mehdi Mentor', authorRole: 'mentor', body: 'Mooi doel!', createdAt: 1793527200 }],
    createdAt: 1793527200,
    updatedAt: 1793527200,
    ...over,
  };
}

export function plan(over: Partial<Plan> = {}): Plan {
  return {
    id: 9,
    programmeId: 7,
    organisationId: 3,
    organisationName: 'Sint-Lucas',
    progress: 50,
    goals: [planGoal()],
    proposals: [
      {
        criterionId: 'C02',
        currentLevel: 'not_yet',
        targetLevel: 'competent',
        reason: 'blocks_next_label',
        suggestions: [
          { id: 'C02-1', text: 'Start elk project met een onderzoeksvraag van de leerlingen.' },
          { id: 'C02-2', text: 'Laat leerlingen hun onderzoek voorstellen aan een andere klas.' },
        ],
      },
    ],
    measurement: { id: 5, kind: 'baseline' },
    canEdit: true,
    canComment: true,
    ...over,
  };
}

export const SCHOOL_MEMBERS = {
  id: 3,
  name: 'Sint-Lucas',
  kind: 'school',
  members: [
    { userId: 10, name: 'Chris Coördinator', email: 'c@school.be', role: 'coordinator' },
    { userId: 11, name: 'Tine Teamlid', email: 't@school.be', role: 'team_member' },
  ],
};
