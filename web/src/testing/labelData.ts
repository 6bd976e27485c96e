// Test data for the label page tests (only imported by *.test.tsx files).

import type { Application, ApplicationCriterion } from '../api/label';

export const FRAMEWORK_DOC = {
  id: 'eu-stem-school-label',
  version: '2024.1',
  name: { nl: 'Kader', en: 'Framework' },
  elements: [{ id: 'E1', number: 1, name: { nl: 'Onderwijsmethode', en: 'Instruction' } }],
  criteria: [
    { id: 'C01', number: 1, element: 'E1', name: { nl: 'Gepersonaliseerd leren', en: 'Personalised learning' } },
    { id: 'C02', number: 2, element: 'E1', name: { nl: 'Onderzoekend leren', en: 'Inquiry-based learning' } },
  ],
};

export const FRAMEWORK_ROUTE = 'GET /api/frameworks/eu-stem-school-label/versions/2024.1';

export function criterion(over: Partial<ApplicationCriterion> & { criterionId: string }): ApplicationCriterion {
  return { level: 'competent', comment: '', evidence: [], acceptedLevel: null, feedback: '', ...over };
}

export function application(over: Partial<Application> = {}): Application {
  return {
    id: 41,
    programmeId: 7,
    programmeName: 'STEM-traject 2026',
    organisationId: 3,
    organisationName: 'Sint-Lucas',
    measurementId: 5,
    measurementKind: 'baseline',
    frameworkId: 'eu-stem-school-label',
    frameworkVersion: '2024.1',
    status: 'in_review',
    submittedAt: 1_790_000_000,
    submittedByName: 'Cas Coördinator',
    reviewer: { id: 9, name: 'Rita Reviewer' },
    dueOn: '2026-12-15',
    criteria: [
      criterion({
        criterionId: 'C01',
        comment: 'Elke leerling werkt op eigen tempo.',
        evidence: [
          {
            id: 100,
            kind: 'file',
            title: 'Lesplan',
            description: 'Het lesplan van het derde jaar.',
            url: null,
            fileName: 'lesplan.pdf',
            contentType: 'application/pdf',
            size: 1_450_000,
            fileUrl: '/api/label-applications/41/evidence/100/file',
          },
          {
            id: 101,
            kind: 'link',
            title: 'Schoolwebsite',
            description: '',
            url: 'https://school.example.org/stem',
            fileName: null,
            contentType: null,
            size: null,
            fileUrl: null,
          },
        ],
      }),
      criterion({ criterionId: 'C02', level: 'proficient' }),
    ],
    proposal: null,
    decision: null,
    canReview: false,
    canDecide: false,
    canAssign: false,
    ...over,
  };
}

export const DECISION = {
  label: 'competent' as const,
  proposedLabel: 'competent' as const,
  overrideReason: null,
  decidedAt: 1_790_500_000,
  decidedByName: 'Rita Reviewer',
  validFrom: '2026-11-26',
  validUntil: '2029-11-26',
  certificateCode: 'K7M2P9QX',
  certificateUrl: '/api/label-applications/41/certificate.pdf',
  verifyUrl: 'http://localhost/verify/K7M2P9QX',
};
