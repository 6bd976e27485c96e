import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';

import { checkProgramme, emptyProgramme, fromProgramme, inputFor, mapServerFields, toInput } from './programmeForm';

const t = translator('nl');

describe('programme form', () => {
  it('leaves out phases without dates and keeps the fixed order', () => {
    const f = emptyProgramme('eu-stem-school-label');
    f.name = ' Editie 2026 ';
    f.maxSchools = '40';
    f.phases.final = { opensOn: '2027-05-01', closesOn: '2027-05-31' };
    f.phases.baseline = { opensOn: '2026-09-01', closesOn: '2026-10-15' };
    const { input, kinds } = toInput(f);
    expect(kinds).toEqual(['baseline', 'final']);
    expect(input.name).toBe('Editie 2026');
    expect(input.maxSchools).toBe(40);
    expect(input.phases).toEqual([
      { kind: 'baseline', opensOn: '2026-09-01', closesOn: '2026-10-15' },
      { kind: 'final', opensOn: '2027-05-01', closesOn: '2027-05-31' },
    ]);
  });

  it('round-trips a programme from the server', () => {
    const f = fromProgramme({
      id: 1,
      organiserId: 2,
      name: 'P',
      schoolYear: '2026-2027',
      audience: 'primary',
      region: 'Vlaanderen',
      frameworkId: 'fw',
      frameworkVersion: '1',
      maxSchools: 12,
      description: { nl: 'a', en: 'b' },
      published: true,
      phases: [{ kind: 'label', opensOn: '2027-01-01', closesOn: '2027-02-01' }],
      schoolCount: 0,
      mentorCount: 0,
    });
    expect(f.maxSchools).toBe('12');
    expect(toInput(f).input.phases).toEqual([{ kind: 'label', opensOn: '2027-01-01', closesOn: '2027-02-01' }]);
  });

  it('requires the main fields and both dates of a phase that has one', () => {
    const f = emptyProgramme();
    f.phases.award.opensOn = '2027-06-01';
    const errors = checkProgramme(t, f);
    expect(Object.keys(errors).sort()).toEqual(
      ['frameworkId', 'maxSchools', 'name', 'phase-award-closesOn', 'region', 'schoolYear'].sort(),
    );
  });

  it('maps the server field names to inputs', () => {
    const kinds = ['baseline', 'label'] as const;
    expect(inputFor('description.en', [...kinds])).toBe('descriptionEn');
    expect(inputFor('phases[1].closesOn', [...kinds])).toBe('phase-label-closesOn');
    expect(inputFor('phases.0.opensOn', [...kinds])).toBe('phase-baseline-opensOn');
    expect(inputFor('phases.award.closesOn', [...kinds])).toBe('phase-award-closesOn');
    expect(inputFor('phases', [...kinds])).toBe('phase-baseline-opensOn');
    expect(inputFor('colour', [...kinds])).toBeNull();
    expect(mapServerFields({ maxSchools: 'te klein', colour: 'x' }, [])).toEqual({
      errors: { maxSchools: 'te klein' },
      rest: ['x'],
    });
  });
});
