// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDraft, saveDraft } from './draft';

beforeEach(() => sessionStorage.clear());

describe('the draft of a respondent', () => {
  it('keeps scores and "don\'t know" per code, and is gone once sent', () => {
    saveDraft('ABCDEFGH', { C01: 4, C02: null });
    expect(loadDraft('ABCDEFGH')).toEqual({ C01: 4, C02: null });
    expect(loadDraft('KMNPQRST')).toEqual({});
    saveDraft('ABCDEFGH', null);
    expect(loadDraft('ABCDEFGH')).toEqual({});
  });

  it('ignores anything that is not a score', () => {
    sessionStorage.setItem('sk_survey_ABCDEFGH', JSON.stringify({ C01: 9, C02: 'x', C03: 2 }));
    expect(loadDraft('ABCDEFGH')).toEqual({ C03: 2 });
    sessionStorage.setItem('sk_survey_ABCDEFGH', '{not json');
    expect(loadDraft('ABCDEFGH')).toEqual({});
  });
});
