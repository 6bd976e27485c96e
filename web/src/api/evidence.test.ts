// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, setRequestLanguage } from './client';
import { encodeHeaderValue, evidenceApi, uploadHeaders } from './evidence';

describe('upload headers', () => {
  it('percent-encode UTF-8 so every value is ASCII', () => {
    expect(encodeHeaderValue('Één verslag, “STEM” 2026.pdf')).toBe('%C3%89%C3%A9n%20verslag%2C%20%E2%80%9CSTEM%E2%80%9D%202026.pdf');
    expect(decodeURIComponent(encodeHeaderValue('café 😀'))).toBe('café 😀');
    expect(encodeHeaderValue('a\r\nX-Evil: 1')).toBe('a%0D%0AX-Evil%3A%201');
  });

  it('leave out the optional ones when empty and join the criteria with commas', () => {
    expect(uploadHeaders({ fileName: 'plan.pdf' })).toEqual({ 'X-File-Name': 'plan.pdf' });
    expect(uploadHeaders({ fileName: 'plan.pdf', title: '  ', description: '', criterionIds: [] })).toEqual({ 'X-File-Name': 'plan.pdf' });
    expect(
      uploadHeaders({ fileName: 'plan.pdf', title: ' Actieplan ', description: 'Lijn 1\nLijn 2', criterionIds: ['C01', 'C21'] }),
    ).toEqual({
      'X-File-Name': 'plan.pdf',
      'X-Evidence-Title': 'Actieplan',
      'X-Evidence-Description': 'Lijn%201%0ALijn%202',
      'X-Evidence-Criteria': 'C01,C21',
    });
  });
});

describe('evidenceApi', () => {
  type Call = { url: string; init: RequestInit };
  let calls: Call[] = [];
  let answers: Response[] = [];

  beforeEach(() => {
    calls = [];
    answers = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        calls.push({ url, init });
        const next = answers.shift();
        if (!next) throw new TypeError('Failed to fetch');
        return next;
      }),
    );
    document.cookie = 'sk_csrf=tok1; path=/';
    setRequestLanguage('en');
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const header = (call: Call | undefined, name: string) => (call?.init.headers as Record<string, string>)[name];

  it('uploads the file as the raw body with the CSRF token and the language', async () => {
    answers.push(json(201, { id: 9, title: 'Plan' }));
    const file = new File(['%PDF-1.4'], 'Plan é.pdf', { type: 'application/pdf' });
    const saved = await evidenceApi.upload(3, { file, fileName: file.name, criterionIds: ['C02'] });
    expect(saved).toEqual({ id: 9, title: 'Plan' });
    expect(calls[0]?.url).toBe('/api/organisations/3/evidence/files');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe(file);
    expect(header(calls[0], 'X-CSRF-Token')).toBe('tok1');
    expect(header(calls[0], 'Accept-Language')).toBe('en');
    expect(header(calls[0], 'Content-Type')).toBe('application/pdf');
    expect(header(calls[0], 'X-File-Name')).toBe('Plan%20%C3%A9.pdf');
    expect(header(calls[0], 'X-Evidence-Criteria')).toBe('C02');
  });

  it('turns a refused upload into an ApiError with its field', async () => {
    answers.push(
      json(415, { error: { code: 'file_type_not_allowed', message: 'Not allowed', fields: { file: 'This kind of file is not allowed.' } } }),
    );
    const file = new File(['MZ'], 'setup.pdf');
    const error = await evidenceApi.upload(3, { file, fileName: file.name }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(415);
    expect((error as ApiError).fields).toEqual({ file: 'This kind of file is not allowed.' });
    expect(header(calls[0], 'Content-Type')).toBe('application/octet-stream');
  });

  it('tries once more when the CSRF cookie was rotated', async () => {
    answers.push(json(403, { error: { code: 'csrf_failed', message: 'x', fields: {} } }), json(201, { id: 1 }));
    const file = new File(['x'], 'a.png');
    await expect(evidenceApi.upload(3, { file, fileName: 'a.png' })).resolves.toEqual({ id: 1 });
    expect(calls).toHaveLength(2);
  });

  it('lists with the filter in the query and builds file addresses', async () => {
    answers.push(json(200, { evidence: [], quota: { used: 0, limit: 1 } }));
    await evidenceApi.list(3, { criterion: 'C04', q: 'robot les' });
    expect(calls[0]?.url).toBe('/api/organisations/3/evidence?criterion=C04&q=robot+les');
    expect(evidenceApi.fileUrl({ id: 4, downloadUrl: '/api/evidence/4/file' }, true)).toBe('/api/evidence/4/file?inline=1');
    expect(evidenceApi.fileUrl({ id: 4, downloadUrl: null })).toBe('/api/evidence/4/file');
  });

  it('patches and deletes with the CSRF token', async () => {
    answers.push(json(200, { id: 4 }), new Response(null, { status: 204 }));
    await evidenceApi.update(4, { criterionIds: ['C01'] });
    await evidenceApi.remove(4);
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual(['PATCH /api/evidence/4', 'DELETE /api/evidence/4']);
    expect(calls[0]?.init.body).toBe(JSON.stringify({ criterionIds: ['C01'] }));
    expect(header(calls[1], 'X-CSRF-Token')).toBe('tok1');
  });
});
