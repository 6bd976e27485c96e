// `GET /api/me` answers of the demo's people, for page tests that sign someone in (fakeApi's signedInAs).

export const ORGANISER = {
  user: { id: 2, email: 'organisator@demo.stemkompas.be', name: 'Olga Organisator', language: 'nl' },
  memberships: [{ organisationId: 1, organisationName: 'STEM Vlaanderen', organisationKind: 'organiser', role: 'organiser' }],
  programmes: [],
};

export const OPERATOR = {
  user: { id: 90, email: 'beheer@demo.stemkompas.be', name: 'Bo Beheerder', language: 'nl' },
  memberships: [],
  programmes: [],
  operator: true,
};

export const COORDINATOR = {
  user: { id: 3, email: 'coordinator@demo.stemkompas.be', name: 'Cas', language: 'nl' },
  memberships: [{ organisationId: 5, organisationName: 'Ter Duinen', organisationKind: 'school', role: 'coordinator' }],
  programmes: [],
};
