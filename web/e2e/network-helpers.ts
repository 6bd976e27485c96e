import { expect } from '@playwright/test';
import type { Browser } from '@playwright/test';
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
