import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { MAX_FILE_BYTES } from '../../api/evidence';
import { translator } from '../../i18n';
import { checkLink, checkUpload, evidenceErrors, formatSize, isHttpUrl, quotaShare, titleFromFileName } from './evidenceLogic';

const t = translator('nl');

describe('formatSize', () => {
  const rows: [number | null, 'nl' | 'en', string][] = [
    [0, 'nl', '0 B'],
    [1023, 'en', '1,023 B'],
    [1024, 'nl', '1 KB'],
    [1536, 'nl', '1,5 KB'],
    [1536, 'en', '1.5 KB'],
    [20 * 1024 * 1024, 'en', '20 MB'],
    [200 * 1024 * 1024, 'nl', '200 MB'],
    [123.4 * 1024 * 1024, 'en', '123 MB'],
    [3 * 1024 ** 3, 'en', '3 GB'],
    [null, 'nl', ''],
    [-1, 'nl', ''],
  ];
  it.each(rows)('%s bytes in %s → %s', (bytes, language, text) => {
    expect(formatSize(bytes, language).replace(/\u00a0|\u202f/g, ' ')).toBe(text);
  });
});

describe('titleFromFileName', () => {
  it.each([
    ['Verslag 2026.pdf', 'Verslag 2026'],
    ['archief.tar.gz', 'archief.tar'],
    ['.verborgen', '.verborgen'],
    ['zonder-extensie', 'zonder-extensie'],
    ['C:\\map\\foto.jpg', 'foto'],
  ])('%s → %s', (name, title) => expect(titleFromFileName(name)).toBe(title));
});

describe('checkUpload', () => {
  const file = (size: number) => ({ name: 'a.pdf', size });
  it.each([
    [{ file: null, title: '', description: '' }, { file: 'evidence.error.fileMissing' }],
    [{ file: file(0), title: '', description: '' }, { file: 'evidence.error.fileEmpty' }],
    [{ file: file(MAX_FILE_BYTES + 1), title: '', description: '' }, { file: 'evidence.error.fileTooLarge' }],
    [{ file: file(MAX_FILE_BYTES), title: '', description: '' }, {}],
    [{ file: file(10), title: 'x'.repeat(201), description: 'y'.repeat(2001) }, { title: 'evidence.error.titleTooLong', description: 'evidence.error.descriptionTooLong' }],
    [{ file: file(10), title: 'x'.repeat(200), description: 'y'.repeat(2000) }, {}],
  ])('%#', (draft, problems) => expect(checkUpload(draft)).toEqual(problems));
});

describe('checkLink', () => {
  it.each([
    [{ title: '', url: '', description: '' }, true, { title: 'evidence.error.titleMissing', url: 'evidence.error.urlMissing' }],
    [{ title: 'Site', url: 'javascript:alert(1)', description: '' }, true, { url: 'evidence.error.urlInvalid' }],
    [{ title: 'Site', url: 'ftp://x.be/a', description: '' }, true, { url: 'evidence.error.urlInvalid' }],
    [{ title: 'Site', url: 'https://school.be/stem', description: '' }, true, {}],
    [{ title: 'Site', url: `https://x.be/${'a'.repeat(2000)}`, description: '' }, true, { url: 'evidence.error.urlTooLong' }],
    [{ title: '  ', url: '', description: '' }, false, { title: 'evidence.error.titleMissing' }],
  ])('%#', (draft, requireUrl, problems) => expect(checkLink(draft, requireUrl)).toEqual(problems));

  it('accepts only http and https with a host', () => {
    expect(isHttpUrl('http://a.be')).toBe(true);
    expect(isHttpUrl('https://')).toBe(false);
    expect(isHttpUrl('school.be')).toBe(false);
  });
});

describe('evidenceErrors', () => {
  const ids = { file: 'up-file', fileName: 'up-file', title: 'up-title', criterionIds: 'up-criteria' };

  it('shows a refused file at the file input, in the server words', () => {
    const error = new ApiError(415, 'file_type_not_allowed', 'Dit soort bestand is niet toegelaten.');
    expect(evidenceErrors(t, error, ids, 'nl')).toEqual({ fields: { 'up-file': 'Dit soort bestand is niet toegelaten.' }, general: null });
  });

  it('falls back to its own text for a 413 without a message', () => {
    const error = new ApiError(413, 'payload_too_large', '');
    const { fields, general } = evidenceErrors(t, error, ids, 'nl');
    expect(general).toBeNull();
    expect(fields['up-file']).toBe('Dit bestand is te groot: het mag maximaal 20 MB zijn.');
  });

  it('keeps the server field message of the file when there is one', () => {
    const error = new ApiError(409, 'evidence_quota', 'Opslag vol', { file: '190 MB gebruikt, 10 MB vrij' });
    expect(evidenceErrors(t, error, ids, 'nl').fields).toEqual({ 'up-file': '190 MB gebruikt, 10 MB vrij' });
  });

  it('maps 400 fields to their inputs and adds no general message', () => {
    const error = new ApiError(400, 'validation_failed', 'Ongeldig', { title: 'Te lang', criterionIds: 'Onbekend criterium C99' });
    expect(evidenceErrors(t, error, ids, 'nl')).toEqual({ fields: { 'up-title': 'Te lang', 'up-criteria': 'Onbekend criterium C99' }, general: null });
  });

  it('adds a general message for a field it cannot show', () => {
    const error = new ApiError(400, 'validation_failed', 'Ongeldig', { description: 'Te lang' });
    expect(evidenceErrors(t, error, ids, 'nl')).toEqual({ fields: {}, general: 'Ongeldig' });
  });

  it('gives a quota message without a file input as a general one', () => {
    const error = new ApiError(409, 'evidence_quota', 'De opslag is vol.');
    expect(evidenceErrors(t, error, { title: 'x' }, 'nl')).toEqual({ fields: {}, general: 'De opslag is vol.' });
  });
});

describe('quotaShare', () => {
  it.each([
    [0, 100, 0],
    [50, 100, 0.5],
    [150, 100, 1],
    [10, 0, 1],
  ])('%s of %s → %s', (used, limit, share) => expect(quotaShare(used, limit)).toBe(share));
});
