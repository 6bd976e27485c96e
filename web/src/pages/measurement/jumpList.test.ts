import { describe, expect, it } from 'vitest';
import type { Framework } from '../framework/normalise';
import { initialState } from './autosave';
import type { SaveState } from './autosave';
import { elementCounts, saveSummary } from './MeasurementEditor';

const name = (nl: string) => ({ nl, en: nl });
const criterion = (id: string) => ({ id, code: null, name: name(id), description: null, descriptors: {} });
const FRAMEWORK: Framework = {
  id: 'fw',
  version: '1',
  name: name('Kader'),
  description: null,
  levels: [],
  elements: [
    { id: 'E1', code: '1', name: name('Een'), description: null, criteria: [criterion('C01'), criterion('C02'), criterion('C03')] },
    // Not in this measurement: left out of the jump list.
    { id: 'E2', code: '2', name: name('Twee'), description: null, criteria: [criterion('C04')] },
    { id: 'E3', code: '3', name: name('Drie'), description: null, criteria: [criterion('C05'), criterion('C06')] },
  ],
};

const answer = (criterionId: string, level: 'competent' | null) => ({ criterionId, level, comment: '', evidenceIds: [], version: 0, updatedAt: null, updatedByName: null });

function state(levels: Record<string, 'competent' | null>, statuses: Record<string, SaveState[string]['status']> = {}): SaveState {
  const s = initialState(Object.entries(levels).map(([id, level]) => answer(id, level)));
  for (const [id, status] of Object.entries(statuses)) s[id] = { ...s[id]!, status };
  return s;
}

describe('the jump list counts', () => {
  it.each([
    [{ C01: null, C02: null, C03: null, C05: null, C06: null }, [['E1', 0, 3], ['E3', 0, 2]]],
    [{ C01: 'competent', C02: null, C03: 'competent', C05: 'competent', C06: 'competent' }, [['E1', 2, 3], ['E3', 2, 2]]],
    // A criterion the framework has but the measurement not (C04) is not counted; nor one the framework lacks.
    [{ C01: 'competent', C04: 'competent', C99: 'competent' }, [['E1', 1, 1], ['E2', 1, 1]]],
  ] as const)('%o gives %o', (levels, expected) => {
    expect(elementCounts(FRAMEWORK, state(levels)).map((e) => [e.id, e.answered, e.total])).toEqual(expected);
  });
});

describe('the save state in the bar', () => {
  it.each([
    [{}, { busy: 0, problems: 0 }],
    [{ C01: 'saved', C02: 'untouched' }, { busy: 0, problems: 0 }],
    [{ C01: 'pending', C02: 'saving' }, { busy: 2, problems: 0 }],
    [{ C01: 'error', C02: 'conflict', C03: 'saving' }, { busy: 1, problems: 2 }],
  ] as const)('%o gives %o', (statuses, expected) => {
    expect(saveSummary(state({ C01: null, C02: null, C03: null }, statuses))).toEqual(expected);
  });
});
