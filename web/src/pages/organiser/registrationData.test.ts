import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { describeData, pendingFirst } from './registrationData';

const t = (key: MessageKey) => translate('nl', key);

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

describe('pendingFirst', () => {
  it('puts pending registrations first and keeps the order within a status', () => {
    const list = [
      { id: 1, status: 'accepted' },
      { id: 2, status: 'pending' },
      { id: 3, status: 'refused' },
      { id: 4, status: 'pending' },
    ];
    expect(pendingFirst(list).map((r) => r.id)).toEqual([2, 4, 1, 3]);
  });
});
