import { describe, expect, it } from 'vitest';
import { codeGroups, formatCode, isWellFormedCode, normaliseCode } from './code';

describe('normaliseCode', () => {
  it.each([
    ['ABCDEFGH', 'ABCDEFGH'],
    ['abcdefgh', 'ABCDEFGH'],
    ['abcd efgh', 'ABCDEFGH'],
    ['  AbCd-EfGh  ', 'ABCDEFGH'],
    ['abcd – efgh', 'ABCDEFGH'],
    ['ab cd\tef-gh', 'ABCDEFGH'],
    ['abcd.efgh', 'ABCDEFGH'],
    ['https://stemkompas.be/s/ABCDEFGH', 'ABCDEFGH'],
    ['http://127.0.0.1:18491/s/abcd-efgh?x=1', 'ABCDEFGH'],
    ['', ''],
    ['---', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseCode(input)).toBe(expected);
  });
});

describe('isWellFormedCode', () => {
  it.each([
    ['ABCDEFGH', true],
    ['ABCD2345', true],
    ['ABCDEFG', false],
    ['ABCDEFGHJ', false],
    ['', false],
    ['abcdefgh', false],
  ])('%j → %s', (code, expected) => {
    expect(isWellFormedCode(code)).toBe(expected);
  });
});

describe('codeGroups and formatCode', () => {
  it('split a code in two groups of 4', () => {
    expect(codeGroups('ABCDEFGH')).toEqual(['ABCD', 'EFGH']);
    expect(codeGroups('abcd-efgh')).toEqual(['ABCD', 'EFGH']);
    expect(formatCode('ABCDEFGH')).toBe('ABCD EFGH');
  });
});
