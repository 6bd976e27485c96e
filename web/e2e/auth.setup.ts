import { expect, test as setup } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { authFile, DEMO, DEMO_ROLES, PASSWORD } from './helpers';

// Signs in every demo user once through the API and saves the session for the other tests.
setup('sign in the demo users', async ({ playwright, baseURL }) => {
  for (const role of DEMO_ROLES) {
    const context = await playwright.request.newContext({ baseURL });
    // Any response sets the CSRF cookie; GET /api/me answers 401 here.
    await context.get('/api/me');
    const csrf = (await context.storageState()).cookies.find((c) => c.name === 'sk_csrf')?.value;
    expect(csrf, 'the server sets the sk_csrf cookie').toBeTruthy();
    const response = await context.post('/api/auth/login', {
      data: { email: DEMO[role], password: PASSWORD },
      headers: { 'X-CSRF-Token': csrf ?? '' },
    });
    expect(response.status(), `log-in of ${DEMO[role]}`).toBe(200);
    const me = await response.json();
    expect(me.memberships.map((m: { role: string }) => m.role)).toContain(role);
    mkdirSync(dirname(authFile(role)), { recursive: true });
    await context.storageState({ path: authFile(role) });
    await context.dispose();
  }
});
