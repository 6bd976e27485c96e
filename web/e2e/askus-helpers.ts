import { expect } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { uniqueDigits } from './helpers';
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
    const list = await caller(organiser.request)('GET', `/api/questions?q=${encodeURIComponent(email)}`);
    expect(list.status).toBe(200);
    const found = (list.body.questions as { id: number; email: string }[]).find((q) => q.email === email);
    expect(found, `the question of ${email} in the inbox`).toBeTruthy();
    return { id: Number(found!.id), name, email };
  } finally {
    await visitor.close();
    await organiser.close();
  }
}
