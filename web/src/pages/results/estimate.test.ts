import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n';
import type { Translate } from '../../i18n';
import type { LabelEstimate } from '../../api';
import { estimateText } from './estimate';

const nl: Translate = (key, params) => translate('nl', key, params);
const en: Translate = (key, params) => translate('en', key, params);
const names = { C01: 'Gepersonaliseerd leren', C02: 'Samenwerkend leren' };

const base: LabelEstimate = { label: 'none', next: 'competent', atOrAboveNext: 0, needed: 17, missing: 0, blockers: [] };

describe('estimateText', () => {
  it('competent today, two criteria hold proficient back', () => {
    const text = estimateText(nl, {
      ...base,
      label: 'competent',
      next: 'proficient',
      atOrAboveNext: 19,
      needed: 17,
      missing: 0,
      blockers: [
        { criterionId: 'C01', level: 'competent', gap: 1, tooFar: false },
        { criterionId: 'C02', level: 'not_yet', gap: 2, tooFar: true },
      ],
    }, names);
    expect(text.reached).toBe('Jullie school haalt vandaag het label Competent.');
    expect(text.lead).toBe('Voor Proficient houden deze criteria jullie tegen:');
    expect(text.blockers).toEqual([
      'Gepersonaliseerd leren: nu Competent (nog 1 niveau)',
      'Samenwerkend leren: nu Nog niet (nog 2 niveaus) Dit criterium alleen houdt Proficient al tegen.',
    ]);
    expect(text.missing).toBeNull();
  });

  it('no label yet: says how many criteria are short', () => {
    const text = estimateText(nl, {
      ...base,
      atOrAboveNext: 15,
      missing: 2,
      blockers: [{ criterionId: 'C01', level: 'not_yet', gap: 1, tooFar: false }],
    }, names);
    expect(text.reached).toBe('Jullie school haalt vandaag nog geen label.');
    expect(text.missing).toBe('Nog 2 criteria moeten Competent halen (nu 15 van de 17 nodig).');
  });

  it('one criterion short: singular', () => {
    const text = estimateText(nl, { ...base, atOrAboveNext: 16, missing: 1 }, names);
    expect(text.missing).toBe('Nog 1 criterium moet Competent halen (nu 16 van de 17 nodig).');
  });

  it('expert is the top', () => {
    const text = estimateText(en, { ...base, label: 'expert', next: null }, names);
    expect(text.reached).toBe('Your school reaches the Expert label today.');
    expect(text.lead).toBe('That is the highest label.');
    expect(text.blockers).toEqual([]);
  });

  it('an unknown criterion id is shown as it is', () => {
    const text = estimateText(en, { ...base, blockers: [{ criterionId: 'C99', level: 'not_yet', gap: 1, tooFar: false }], missing: 1 }, names);
    expect(text.blockers).toEqual(['C99: now Not yet (1 more level)']);
  });
});
