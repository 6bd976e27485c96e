import { expect } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { apiAs, openBaseline } from './measurement-helpers';
import type { DemoSchool } from './measurement-helpers';
import type { DemoRole } from './helpers';

// Set-up for the evidence tests through the API, as the demo users themselves: evidence of the demo
// school, and an editable baseline to link it to.

/** A small but real PDF (one empty page) whose bytes carry `marker`, so a download can be compared. */
export function makePdf(marker: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = `%PDF-1.4\n% ${marker}\n`;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A Windows executable's first bytes ("MZ" header), to be renamed .pdf. */
export function makeExecutable(): Buffer {
  const bytes = Buffer.alloc(512, 0);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

export interface EvidenceItem {
  id: number;
  title: string;
  kind: string;
  criterionIds: string[];
  downloadUrl: string | null;
}

/** Uploads a file as `role` (the raw body, as the web client does) and returns the answer. */
export async function uploadAs(
  browser: Browser,
  role: DemoRole,
  organisationId: number,
  file: { name: string; bytes: Buffer; title?: string; criteria?: string[]; contentType?: string },
): Promise<{ status: number; body: any }> {
  const api = await apiAs(browser, role);
  try {
    await api.context.request.get('/api/me');
    const csrf = (await api.context.storageState()).cookies.find((c) => c.name === 'sk_csrf')?.value ?? '';
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'X-CSRF-Token': csrf,
      'Content-Type': file.contentType ?? 'application/pdf',
      'X-File-Name': encodeURIComponent(file.name),
    };
    if (file.title) headers['X-Evidence-Title'] = encodeURIComponent(file.title);
    if (file.criteria?.length) headers['X-Evidence-Criteria'] = file.criteria.join(',');
    const response = await api.context.request.post(`/api/organisations/${organisationId}/evidence/files`, {
      headers,
      data: file.bytes,
    });
    const text = await response.text();
    return { status: response.status(), body: text ? JSON.parse(text) : null };
  } finally {
    await api.context.close();
  }
}

/** Adds a link as the coordinator. */
export async function addLink(browser: Browser, organisationId: number, title: string, criterionIds: string[]): Promise<EvidenceItem> {
  const api = await apiAs(browser, 'coordinator');
  try {
    const created = await api.call('POST', `/api/organisations/${organisationId}/evidence/links`, {
      title,
      description: 'Een verslag van de STEM-week op de website van de school.',
      url: 'https://www.example.org/stem-week',
      criterionIds,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body as EvidenceItem;
  } finally {
    await api.context.close();
  }
}

/** Removes the demo school's evidence whose title starts with `prefix` (what a spec made). */
export async function removeEvidence(browser: Browser, organisationId: number, prefix: string): Promise<void> {
  const api = await apiAs(browser, 'coordinator');
  try {
    const list = await api.call('GET', `/api/organisations/${organisationId}/evidence`);
    if (list.status !== 200) return;
    for (const item of list.body.evidence as EvidenceItem[]) {
      if (item.title.startsWith(prefix)) await api.call('DELETE', `/api/evidence/${item.id}`);
    }
  } finally {
    await api.context.close();
  }
}

/**
 * The demo school's baseline, open for editing: extended and started (see openBaseline) and, when an
 * earlier spec submitted it, reopened by the organiser.
 */
export async function editableBaseline(browser: Browser): Promise<DemoSchool & { measurementId: number }> {
  const school = await openBaseline(browser);
  const organiser = await apiAs(browser, 'organiser');
  try {
    const measurement = await organiser.call('GET', `/api/measurements/${school.measurementId}`);
    expect(measurement.status).toBe(200);
    if (measurement.body.status === 'submitted') {
      const reopened = await organiser.call('POST', `/api/measurements/${school.measurementId}/reopen`, {
        reason: 'Heropend voor de test van het bewijsmateriaal.',
      });
      expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    }
  } finally {
    await organiser.context.close();
  }
  return school;
}

export function libraryPath(organisationId: number): string {
  return `/schools/${organisationId}/evidence`;
}
