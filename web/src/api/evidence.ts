// The evidence library (docs/api.md, "Evidence and label" → "Evidence"): a school's files and links,
// each tagged with the criteria it supports. Kept apart from index.ts (import from 'api/evidence').
//
// A file is uploaded as the RAW request body (not multipart): its name, title, description and criteria
// travel in headers. Header values must be ASCII, so the texts are percent-encoded UTF-8.

import { ApiError, CSRF_COOKIE, CSRF_HEADER, ensureCsrfCookie, getRequestLanguage, query, readCookie, request, toApiError } from './client';

export type EvidenceKind = 'file' | 'link';

export interface Evidence {
  id: number | string;
  organisationId: number | string;
  kind: EvidenceKind;
  title: string;
  description: string;
  url: string | null;
  fileName: string | null;
  /** Decided by the server from the bytes. */
  contentType: string | null;
  /** Bytes. */
  size: number | null;
  criterionIds: string[];
  /** Unix seconds. */
  createdAt: number;
  createdByName: string | null;
  updatedAt: number;
  /** `/api/evidence/{id}/file` for files, null for links. */
  downloadUrl: string | null;
}

export interface EvidenceQuota {
  /** Bytes of the school's files. */
  used: number;
  limit: number;
}

/** A page of the library (docs/api.md, "Paging, sorting and search"). */
export interface EvidenceList {
  evidence: Evidence[];
  page: number;
  size: number;
  pages: number;
  total: number;
  /** Rows per value of each filter, every other filter and the search applied. */
  counts: { kind: Record<EvidenceKind, number>; criterion: Record<string, number>; element: Record<string, number> };
  quota: EvidenceQuota;
}

/** The sort fields of the library: `createdAt` (default `-createdAt`, newest first), `updatedAt`, `title`. */
export type EvidenceSort = 'createdAt' | '-createdAt' | 'updatedAt' | '-updatedAt' | 'title' | '-title';

export interface EvidenceQuery {
  page?: number;
  size?: number;
  sort?: EvidenceSort | string;
  /** Searched in title, description and file name (case and accents ignored). */
  q?: string;
  kind?: EvidenceKind | '';
  criterion?: string;
  /** A key element id: evidence supporting one of its criteria. */
  element?: string;
  /** Only these rows, comma-separated (at most `EVIDENCE_IDS_MAX`): e.g. those a measurement links. */
  ids?: string;
}

export const EVIDENCE_IDS_MAX = 200;

export interface UploadInput {
  file: Blob;
  fileName: string;
  /** Empty: the server uses the file name without its extension. */
  title?: string;
  description?: string;
  criterionIds?: string[];
}

export interface LinkInput {
  title: string;
  description: string;
  url: string;
  criterionIds: string[];
}

export interface EvidencePatch {
  title?: string;
  description?: string;
  criterionIds?: string[];
  /** Links only. */
  url?: string;
}

/** The largest file the server takes (20 MB); bigger ones are refused before upload. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;
export const URL_MAX = 2000;

/** What the file chooser offers: the types the server accepts (it decides from the bytes). */
export const ACCEPTED_FILES =
  '.pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt,' +
  'application/pdf,image/png,image/jpeg,image/gif,image/webp';

/** A header value as percent-encoded UTF-8 (ASCII only, so any browser sends it as it is). */
export function encodeHeaderValue(text: string): string {
  // encodeURIComponent leaves only A–Z a–z 0–9 - _ . ! ~ * ' ( ) unencoded: all safe in a header.
  return encodeURIComponent(text);
}

/** The headers of a file upload; optional ones are left out when empty. */
export function uploadHeaders(input: Omit<UploadInput, 'file'>): Record<string, string> {
  const headers: Record<string, string> = { 'X-File-Name': encodeHeaderValue(input.fileName) };
  const title = input.title?.trim() ?? '';
  if (title) headers['X-Evidence-Title'] = encodeHeaderValue(title);
  const description = input.description?.trim() ?? '';
  if (description) headers['X-Evidence-Description'] = encodeHeaderValue(description);
  const criteria = (input.criterionIds ?? []).filter((id) => id.trim() !== '');
  if (criteria.length > 0) headers['X-Evidence-Criteria'] = criteria.map(encodeHeaderValue).join(',');
  return headers;
}

export type UploadProgress = (loaded: number, total: number) => void;

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    try {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    } catch {
      // a header the Headers class refuses: not needed here
    }
  }
  return headers;
}

/** XMLHttpRequest, because fetch cannot report upload progress. */
function sendWithProgress(url: string, headers: Record<string, string>, body: Blob, onProgress: UploadProgress): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded, e.total);
    };
    xhr.onload = () => {
      const status = xhr.status >= 200 && xhr.status <= 599 ? xhr.status : 500;
      const text = status === 204 ? null : xhr.responseText;
      resolve(new Response(text, { status, statusText: xhr.statusText, headers: parseHeaders(xhr.getAllResponseHeaders()) }));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Upload failed'));
    xhr.onabort = () => reject(new ApiError(0, 'network', 'Upload aborted'));
    xhr.send(body);
  });
}

async function sendUpload(url: string, input: UploadInput, onProgress?: UploadProgress): Promise<Response> {
  await ensureCsrfCookie();
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': getRequestLanguage(),
    // The client's claim only: the server decides the type from the bytes.
    'Content-Type': input.file.type || 'application/octet-stream',
    ...uploadHeaders(input),
  };
  const token = readCookie(CSRF_COOKIE);
  if (token) headers[CSRF_HEADER] = token;
  if (onProgress && typeof XMLHttpRequest !== 'undefined') return sendWithProgress(url, headers, input.file, onProgress);
  try {
    return await fetch(url, { method: 'POST', headers, body: input.file, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  }
}

const seg = (value: string | number) => encodeURIComponent(String(value));
type Id = string | number;

export const evidenceApi = {
  /**
   * `GET /api/organisations/{orgId}/evidence?page=&size=&sort=&q=&kind=&criterion=&element=` (paged, 50 a
   * page by default, newest first), with the counts per filter value and the quota.
   */
  list: (organisationId: Id, params: EvidenceQuery | Record<string, string | number> = {}) =>
    request<EvidenceList>('GET', `/api/organisations/${seg(organisationId)}/evidence${query({ ...params })}`),

  /**
   * `POST /api/organisations/{orgId}/evidence/files` with the bytes as the body → 201 `Evidence`.
   * 413 `file_too_large`, 415 `file_type_not_allowed`, 409 `evidence_quota`, 400 per header field.
   */
  upload: async (organisationId: Id, input: UploadInput, onProgress?: UploadProgress): Promise<Evidence> => {
    const url = `/api/organisations/${seg(organisationId)}/evidence/files`;
    let response = await sendUpload(url, input, onProgress);
    if (response.status === 403) {
      // The CSRF cookie may have been rotated meanwhile: read it anew and try once more.
      const error = await toApiError(response.clone());
      if (error.code === 'csrf_failed') response = await sendUpload(url, input, onProgress);
    }
    if (!response.ok) throw await toApiError(response);
    return (await response.json()) as Evidence;
  },

  /** `POST /api/organisations/{orgId}/evidence/links` → 201 `Evidence`; not http(s) → 400 on `url`. */
  addLink: (organisationId: Id, input: LinkInput) =>
    request<Evidence>('POST', `/api/organisations/${seg(organisationId)}/evidence/links`, input),

  /** `PATCH /api/evidence/{id}` → `Evidence` */
  update: (id: Id, patch: EvidencePatch) => request<Evidence>('PATCH', `/api/evidence/${seg(id)}`, patch),

  /** `DELETE /api/evidence/{id}` → 204; its links from measurement answers go too. */
  remove: (id: Id) => request<void>('DELETE', `/api/evidence/${seg(id)}`),

  /** The file's address (a plain link: the browser downloads it); `inline` opens a PDF or image. */
  fileUrl: (evidence: Pick<Evidence, 'id' | 'downloadUrl'>, inline = false) =>
    `${evidence.downloadUrl ?? `/api/evidence/${seg(evidence.id)}/file`}${inline ? '?inline=1' : ''}`,
};
