import { describe, expect, it } from 'vitest';
import { scaleOptions } from './scale';
import type { OptionValue } from './scale';

const fallback = (value: OptionValue) => `ours-${value}`;
const labels = (scale: unknown) => scaleOptions(scale, fallback).map((o) => `${o.value}:${o.label}`);

describe('scaleOptions', () => {
  it('reads five strings and uses our own "don\'t know"', () => {
    expect(labels(['a', 'b', 'c', 'd', 'e'])).toEqual(['1:a', '2:b', '3:c', '4:d', '5:e', 'dontknow:ours-dontknow']);
  });

  it('reads six strings', () => {
    expect(labels(['a', 'b', 'c', 'd', 'e', 'x'])[5]).toBe('dontknow:x');
  });

  it('reads {value,label} objects with null for "don\'t know", in any order', () => {
    expect(
      labels([
        { value: null, label: 'x' },
        { value: 5, label: 'e' },
        { value: 1, label: 'a' },
        { score: 3, text: 'c' },
      ]),
    ).toEqual(['1:a', '2:ours-2', '3:c', '4:ours-4', '5:e', 'dontknow:x']);
  });

  it('falls back to our own texts for anything else', () => {
    expect(labels(undefined)).toEqual(['1:ours-1', '2:ours-2', '3:ours-3', '4:ours-4', '5:ours-5', 'dontknow:ours-dontknow']);
    expect(labels([{ value: 9, label: 'z' }, 7, ''])[0]).toBe('1:ours-1');
  });
});
