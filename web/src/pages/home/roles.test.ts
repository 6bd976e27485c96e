import { describe, expect, it } from 'vitest';
import { ROLES } from '../../api';
import nl from '../../i18n/nl.json';
import { groupByRole, ROLE_TEXT } from './roles';

describe('groupByRole', () => {
  it('groups memberships per role in programme order', () => {
    const groups = groupByRole([
      { organisationId: 2, organisationName: 'School B', organisationKind: 'school', role: 'coordinator' },
      { organisationId: 1, organisationName: 'Org', organisationKind: 'organiser', role: 'organiser' },
      { organisationId: 3, organisationName: 'School A', organisationKind: 'school', role: 'coordinator' },
    ]);
    expect(groups.map((g) => g.role)).toEqual(['organiser', 'coordinator']);
    expect(groups[1]?.memberships.map((m) => m.organisationName)).toEqual(['School A', 'School B']);
  });

  it('has an explanation for every role', () => {
    for (const role of ROLES) {
      for (const key of Object.values(ROLE_TEXT[role])) expect(nl[key]).toBeTruthy();
    }
  });
});
