import { expect } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { decodeQuotedPrintable, RUN_DIR, uniqueDigits } from './helpers';
import { caller } from './label-helpers';
import { BASE_URL } from './measurement-helpers';

// Set-up and mail reading for the "Ask us" specs. The public form allows 5 questions per address per
// hour and every browser test comes from 127.0.0.1: the specs together ask at most 4.

export interface AskedQuestion {
  id: number;
  name: string;
  email: string;
}

/** A question asked through the API by a visitor, found back in the organiser's inbox for its id. */
export async function askQuestion(browser: Browser, organiserState: string, language: 'nl' | 'en' = 'nl'): Promise<AskedQuestion> {
  const stamp = uniqueDigits(6);
  const name = `Vraagsteller ${stamp}`;
  const email = `vraag.${stamp}@school.example.org`;
  const visitor = await browser.newContext({ baseURL: BASE_URL });
  const organiser = await browser.newContext({ baseURL: BASE_URL, storageState: organiserState });
  try {
    const asked = await caller(visitor.request)('POST', '/api/public/questions', {
      name,
      email,
      organisation: 'Toegankelijke school',
      topic: 'label',
      question: 'Welke bewijsstukken verwachten jullie bij het label?',
      consent: true,
      language,
      website: '',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const list = await caller(organiser.request)('GET', '/api/questions');
    expect(list.status).toBe(200);
    const found = (list.body.questions as { id: number; email: string }[]).find((q) => q.email === email);
    expect(found, `the question of ${email} in the inbox`).toBeTruthy();
    return { id: Number(found!.id), name, email };
  } finally {
    await visitor.close();
    await organiser.close();
  }
}

/** Waits for an e-mail to `to` written after `since` whose decoded text matches `pattern`; returns that text. */
export async function mailTo(to: string, since: number, pattern: RegExp): Promise<string> {
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const folder = join(RUN_DIR, 'data', 'mail');
  let found: string | null = null;
  await expect
    .poll(
      () => {
        let files: string[] = [];
        try {
          files = readdirSync(folder).filter((f) => f.endsWith('.eml'));
        } catch {
          return null;
        }
        for (const file of files) {
          const path = join(folder, file);
          if (statSync(path).mtimeMs < since - 1000) continue;
          const mail = decodeQuotedPrintable(readFileSync(path, 'utf8'));
          if (!new RegExp(`^To:.*${to.replace(/[.@]/g, '\\$&')}`, 'mi').test(mail)) continue;
          if (pattern.test(mail)) found = mail;
        }
        return found;
      },
      { message: `an e-mail to ${to} matching ${pattern}`, timeout: 15_000 },
    )
    .not.toBeNull();
  return found!;
}
