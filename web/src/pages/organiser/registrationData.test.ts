import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';

import type { Registration, RegistrationList } from '../../api';
import { afterDecision, describeData } from './registrationData';

const t = translator('nl');

describe('describeData', () => {
  it('labels known fields in form order, translates enumerations and hides consent and honeypot', () => {
    const rows = describeData(t, {
      contactName: 'An',
      schoolName: 'Sint-Lucas',
      province: 'oost-vlaanderen',
      network: 'kov',
      consent: true,
      website: '',
      expertise: ['E1', 'E6'],
      extra: 'x',
    });
    expect(rows.map((r) => r.key)).toEqual(['schoolName', 'province', 'network', 'contactName', 'expertise', 'extra']);
    expect(rows.find((r) => r.key === 'province')?.value).toBe('Oost-Vlaanderen');
    expect(rows.find((r) => r.key === 'expertise')?.value).toBe('E1, E6');
  });
});

describe('afterDecision', () => {
  const row = (id: number, status: string, kind = 'school') =>
    ({ id, status, kind, organisationName: `R${id}` }) as unknown as Registration;
  const page = (rows: Registration[], status: Record<string, number>, kind: Record<string, number>): RegistrationList =>
    ({ registrations: rows, page: 1, size: 50, pages: 1, total: rows.length, counts: { status, kind } }) as RegistrationList;

  it('replaces the row and moves one count from the old status to the new', () => {
    const before = page([row(1, 'pending'), row(2, 'pending', 'mentor')], { pending: 2, accepted: 0, refused: 0 }, { school: 1, mentor: 1 });
    const after = afterDecision(before, '', row(2, 'accepted', 'mentor'));
    expect(after.registrations.map((r) => r.status)).toEqual(['pending', 'accepted']);
    expect(after.counts.status).toEqual({ pending: 1, accepted: 1, refused: 0 });
    expect(after.counts.kind).toEqual({ school: 1, mentor: 1 });
    expect(after.total).toBe(2);
  });

  it('takes the row out of the kind counts when it leaves the status filter', () => {
    const before = page([row(1, 'pending'), row(2, 'pending')], { pending: 2, accepted: 5, refused: 0 }, { school: 2, mentor: 0 });
    const after = afterDecision(before, 'pending', row(1, 'refused'));
    expect(after.counts.status).toEqual({ pending: 1, accepted: 5, refused: 1 });
    expect(after.counts.kind).toEqual({ school: 1, mentor: 0 });
    expect(after.registrations).toHaveLength(2);
  });

  it('leaves the page alone for a row it does not hold', () => {
    const before = page([row(1, 'pending')], { pending: 1, accepted: 0, refused: 0 }, { school: 1, mentor: 0 });
    expect(afterDecision(before, '', row(9, 'accepted'))).toBe(before);
  });
});
