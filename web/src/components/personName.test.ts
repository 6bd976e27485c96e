import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { personName } from './personName';

describe('a person\'s name', () => {
  it.each([
    ['nl', 'Dana Duinen', 'Dana Duinen'],
    ['nl', '', 'voormalig lid'],
    ['en', '', 'former member'],
    ['en', null, null],
  ] as const)('in %s, %j reads %j', (language, name, shown) => {
    expect(personName(translator(language), name)).toBe(shown);
  });
});
