import { describe, expect, it } from 'vitest';
import { matchSurveyPath } from './router';

describe('matchSurveyPath', () => {
  it.each([
    ['/s', { page: 'code' }],
    ['/s/', { page: 'code' }],
    ['/s/ABCD2345', { page: 'respond', code: 'ABCD2345' }],
    ['/s/abcd-2345/', { page: 'respond', code: 'abcd-2345' }],
    ['/s/ABCD%202345', { page: 'respond', code: 'ABCD 2345' }],
    ['/s/ABCD2345/done', { page: 'done', code: 'ABCD2345' }],
    ['/s/ABCD2345/other', { page: 'notFound' }],
    ['/s/ABCD2345/done/x', { page: 'notFound' }],
    ['/s/%E0%A4%A', { page: 'notFound' }],
    ['/showcase', { page: 'notFound' }],
  ])('%s', (path, route) => {
    expect(matchSurveyPath(path)).toEqual(route);
  });
});
