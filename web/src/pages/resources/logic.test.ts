import { describe, expect, it } from 'vitest';
import { filterFromSearch, isWebUrl, searchFromFilter, withFilter } from './logic';

describe('resource filters in the URL', () => {
  it('reads only known, non-empty keys', () => {
    expect(filterFromSearch(new URLSearchParams('q=%20stem%20&element=E1&criterion=&kind=playbook&x=1'))).toEqual({
      q: 'stem',
      element: 'E1',
      kind: 'playbook',
    });
  });

  it('writes keys in a stable order and leaves empty ones out', () => {
    expect(searchFromFilter({ kind: 'other', q: 'lab', criterion: '' }).toString()).toBe('q=lab&kind=other');
  });

  const elementOf = (c: string) => (c.startsWith('C0') ? 'E1' : 'E2');
  it.each([
    [{ criterion: 'C01' }, 'element', 'E1', { criterion: 'C01', element: 'E1' }],
    [{ criterion: 'C01' }, 'element', 'E2', { element: 'E2' }],
    [{ element: 'E2', kind: 'other' }, 'kind', '', { element: 'E2' }],
    [{}, 'q', 'robot', { q: 'robot' }],
  ] as const)('%j + %s=%s → %j', (filter, key, value, expected) => {
    expect(withFilter({ ...filter }, key, value, elementOf)).toEqual(expected);
  });

  it.each([
    ['https://example.org/a', true],
    ['http://x.be', true],
    ['ftp://x.be', false],
    ['example.org', false],
    ['javascript:alert(1)', false],
  ])('isWebUrl(%s) = %s', (url, ok) => {
    expect(isWebUrl(url)).toBe(ok);
  });
});
