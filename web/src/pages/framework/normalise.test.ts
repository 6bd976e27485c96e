import { describe, expect, it } from 'vitest';
import { criterionCount, levelId, localised, normaliseFramework } from './normalise';

const t = (nl: string, en = `${nl} (en)`) => ({ nl, en });

describe('normaliseFramework', () => {
  it('reads the announced shape: criteria beside the elements, descriptors keyed by level', () => {
    const doc = {
      id: 'essl',
      version: 1,
      name: t('Kader'),
      levels: ['not_yet', 'competent', 'proficient', 'expert'],
      elements: [
        { id: 'e1', name: t('Visie'), description: t('Over visie') },
        { id: 'e2', name: t('Leren') },
      ],
      criteria: [
        {
          id: 'c1',
          element: 'e1',
          name: t('Strategie'),
          description: t('Uitleg'),
          descriptors: {
            not_yet: t('a'),
            competent: t('b'),
            proficient: t('c'),
            expert: t('d'),
          },
        },
        { id: 'c2', element: 'e2', name: t('Didactiek'), descriptors: {} },
        { id: 'c3', element: 'e2', name: t('Evaluatie'), descriptors: {} },
      ],
    };
    const f = normaliseFramework(doc);
    expect(f.version).toBe('1');
    expect(f.elements.map((e) => e.criteria.length)).toEqual([1, 2]);
    expect(criterionCount(f)).toBe(3);
    expect(f.elements[0]?.criteria[0]?.descriptors.expert).toEqual(t('d'));
    expect(f.levels.map((l) => l.id)).toEqual(['not_yet', 'competent', 'proficient', 'expert']);
  });

  it('accepts criteria nested in elements, camelCase level keys and descriptor lists', () => {
    const f = normaliseFramework({
      id: 'x',
      keyElements: [
        {
          id: '1',
          title: 'Visie',
          criteria: [
            { id: '1.1', name: 'A', levelDescriptors: { notYet: 'n', Competent: 'c' } },
            { id: '1.2', name: 'B', descriptors: [{ level: 'proficient', text: t('p') }] },
            { id: '1.3', name: 'C', descriptors: ['w', 'x', 'y', 'z'] },
          ],
        },
      ],
    });
    const [a, b, c] = f.elements[0]!.criteria;
    expect(f.elements[0]?.code).toBe('1');
    expect(a?.code).toBe('1.1');
    expect(a?.descriptors.not_yet).toEqual({ nl: 'n', en: 'n' });
    expect(a?.descriptors.competent).toEqual({ nl: 'c', en: 'c' });
    expect(b?.descriptors.proficient).toEqual(t('p'));
    expect(c?.descriptors.expert).toEqual({ nl: 'z', en: 'z' });
  });

  it('links criteria by element id field variants or by code prefix', () => {
    const f = normaliseFramework({
      elements: [{ id: '1' }, { id: '2' }],
      criteria: [
        { id: 'a', elementId: '1' },
        { id: 'b', element_id: '2' },
        { id: '2.3' },
        { id: 'c', element: { id: '1' } },
      ],
    });
    expect(f.elements.map((e) => e.criteria.map((c) => c.id))).toEqual([['a', 'c'], ['b', '2.3']]);
  });

  it('survives garbage', () => {
    expect(normaliseFramework(null).elements).toEqual([]);
    expect(normaliseFramework({ elements: 'no' }).elements).toEqual([]);
  });
});

describe('helpers', () => {
  it('levelId', () => {
    expect(levelId('not-yet')).toBe('not_yet');
    expect(levelId('NOT_YET')).toBe('not_yet');
    expect(levelId('Expert')).toBe('expert');
    expect(levelId(2)).toBe('proficient');
    expect(levelId('gold')).toBeNull();
  });

  it('localised', () => {
    expect(localised('x')).toEqual({ nl: 'x', en: 'x' });
    expect(localised({ nl: 'a' })).toEqual({ nl: 'a', en: 'a' });
    expect(localised({ foo: 1 })).toBeNull();
  });
});

describe('the real framework document', () => {
  it('reads 7 elements and 21 criteria with 4 descriptors each', async () => {
    // The very file the server serves.
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const real = fileURLToPath(new URL('../../../../data/frameworks/eu-stem-school-label.json', import.meta.url));
    const doc: unknown = JSON.parse(readFileSync(real, 'utf8'));
    const f = normaliseFramework(doc);
    expect(f.elements).toHaveLength(7);
    expect(criterionCount(f)).toBe(21);
    for (const element of f.elements) {
      for (const criterion of element.criteria) {
        expect(Object.keys(criterion.descriptors).sort()).toEqual(['competent', 'expert', 'not_yet', 'proficient']);
        expect(criterion.name.nl).not.toBe(criterion.name.en);
      }
    }
    expect(f.levels.map((l) => l.name?.en)).toEqual(['Not yet', 'Competent', 'Proficient', 'Expert']);
  });
});
