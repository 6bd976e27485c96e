import { describe, expect, it } from 'vitest';
import { safeNext } from '../../session';
import { passwordLength, tokenFromHash } from './token';

describe('tokenFromHash', () => {
  it('reads the token from the fragment', () => {
    expect(tokenFromHash('#token=abc_DEF-123')).toBe('abc_DEF-123');
    expect(tokenFromHash('#foo=1&token=xyz')).toBe('xyz');
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordLength('ééééééééé😀')).toBe(10);
  });
});

describe('safeNext', () => {
  it('only allows paths on this site', () => {
    expect(safeNext('/framework')).toBe('/framework');
    expect(safeNext('/?a=1')).toBe('/?a=1');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/login?next=/x')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
