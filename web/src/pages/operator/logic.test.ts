import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { actionFromParam, actionLabel, checkNewOrganisation, detailPairs, EMPTY_ORGANISATION, objectLabel, pageFromParam } from './logic';

const t = translator('nl');

describe('pageFromParam', () => {
  it.each([
    [null, 1],
    ['', 1],
    ['2', 2],
    ['0', 1],
    ['-3', 1],
    ['2.5', 1],
    ['abc', 1],
  ])('%j → %i', (value, page) => {
    expect(pageFromParam(value)).toBe(page);
  });
});

describe('actionFromParam', () => {
  it.each([
    [null, ''],
    ['security.export', 'security.export'],
    ['security.new_kind', 'security.new_kind'],
    ['registration.accept', ''],
    [`security.${'x'.repeat(60)}`, ''],
  ])('%j → %j', (value, action) => {
    expect(actionFromParam(value)).toBe(action);
  });
});

describe('labels', () => {
  it.each([
    ['security.login_failed', 'Aanmelding mislukt'],
    ['security.login_locked', 'Aanmelden tijdelijk geblokkeerd'],
    ['security.password_changed', 'Wachtwoord gewijzigd'],
    ['security.role_changed', 'Rol gewijzigd'],
    ['security.organisation_created', 'Organiserende organisatie aangemaakt'],
    ['security.export', 'Gegevens geëxporteerd'],
    ['security.data_export', 'Gegevens van een persoon gedownload'],
    ['security.something_new', 'security.something_new'],
  ])('%s is "%s"', (action, label) => {
    expect(actionLabel(t, action)).toBe(label);
  });

  it('names objects, known types translated', () => {
    expect(objectLabel(t, 'organisation', 12)).toBe('organisatie #12');
    expect(objectLabel(t, 'user', null)).toBe('gebruiker');
    expect(objectLabel(t, 'survey', 3)).toBe('survey #3');
  });
});

describe('detailPairs', () => {
  it.each<[unknown, { label: string | null; value: string }[]]>([
    [null, []],
    ['', []],
    [{}, []],
    ['vrije tekst', [{ label: null, value: 'vrije tekst' }]],
    [42, [{ label: null, value: '42' }]],
    [
      { name: 'STEM West', organiserEmail: 'w@west.be', ip: '10.0.0.1', roles: ['a', 'b'], gone: null },
      [
        { label: 'Naam', value: 'STEM West' },
        { label: 'E-mail organisator', value: 'w@west.be' },
        { label: 'ip', value: '10.0.0.1' },
        { label: 'roles', value: '["a","b"]' },
        { label: 'gone', value: '–' },
      ],
    ],
    [
      { email: 'a@b.be', address: '10.0.0.1', limit: 'account', how: 'reset', change: 'joined', other: 'x' },
      [
        { label: 'E-mail', value: 'a@b.be' },
        { label: 'Adres (IP)', value: '10.0.0.1' },
        { label: 'Grens', value: 'te veel pogingen voor dit account' },
        { label: 'Via', value: 'link om het wachtwoord opnieuw in te stellen' },
        { label: 'Wijziging', value: 'toegetreden' },
        { label: 'other', value: 'x' },
      ],
    ],
  ])('%j', (detail, pairs) => {
    expect(detailPairs(t, detail)).toEqual(pairs);
  });
});

describe('checkNewOrganisation', () => {
  it('asks for every field and a plausible address', () => {
    expect(checkNewOrganisation(t, EMPTY_ORGANISATION)).toEqual({
      'new-org-name': 'Vul de naam van de organisatie in.',
      'new-org-organiser-name': 'Vul de naam van de eerste organisator in.',
      'new-org-organiser-email': 'Vul het e-mailadres van de eerste organisator in.',
    });
    expect(checkNewOrganisation(t, { name: 'X', organiserName: 'Y', organiserEmail: 'nope', language: 'nl' })).toEqual({
      'new-org-organiser-email': 'Vul een geldig e-mailadres in, zoals naam@school.be.',
    });
    expect(checkNewOrganisation(t, { name: 'X', organiserName: 'Y', organiserEmail: 'y@x.be', language: 'en' })).toEqual({});
  });
});
