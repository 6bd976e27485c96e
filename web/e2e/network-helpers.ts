import { expect } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RUN_DIR } from './helpers';
import type { DemoRole } from './helpers';
import { caller, demoContext } from './label-helpers';
import type { Call } from './label-helpers';

// Set-up for the learning-network specs (sessions, working groups, resources) through the API.

/** A Brussels local "YYYY-MM-DDTHH:MM" `days` from today at `time`. */
export function brusselsAt(days: number, time: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
  return `${day}T${time}`;
}

/** Runs `work` with API calls signed in as a demo user. */
export async function asDemo<T>(browser: Browser, role: DemoRole, work: (call: Call) => Promise<T>): Promise<T> {
  const context = await demoContext(browser, role);
  try {
    return await work(caller(context.request));
  } finally {
    await context.close();
  }
}

/** The demo programme's id, as the organiser sees it. */
export async function demoProgramme(browser: Browser): Promise<number> {
  return asDemo(browser, 'organiser', async (call) => {
    const me = await call('GET', '/api/me');
    const programme = (me.body.programmes as { id: number; name: string; role: string }[]).find(
      (p) => p.role === 'organiser' && p.name.includes('(demo)'),
    );
    expect(programme, 'the demo programme').toBeTruthy();
    return Number(programme!.id);
  });
}

/** A planned session of the demo programme, created by the organiser; returns its id. */
export async function newSession(browser: Browser, programmeId: number, input: Record<string, unknown>): Promise<number> {
  return asDemo(browser, 'organiser', async (call) => {
    const created = await call('POST', `/api/programmes/${programmeId}/sessions`, {
      type: 'growth',
      description: 'Samen aan de slag met het actieplan.',
      venueName: 'Aula',
      address: 'Sint-Lucasstraat 1, 8000 Brugge',
      startsAt: brusselsAt(14, '14:00'),
      endsAt: brusselsAt(14, '16:30'),
      capacity: 10,
      ...input,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return Number(created.body.id);
  });
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Waits for an e-mail to `to` written after `since` whose text matches `pattern`; returns the first match. */
export async function mailMatch(to: string, since: number, pattern: RegExp): Promise<string> {
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
          if (!new RegExp(`^To:.*${to.replace(/[.@+]/g, '\\$&')}`, 'mi').test(mail)) continue;
          const match = mail.match(pattern);
          if (match) found = match[0];
        }
        return found;
      },
      { message: `an e-mail to ${to} matching ${pattern}`, timeout: 15_000 },
    )
    .not.toBeNull();
  return found!;
}
