import { expect, test as setup } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { authFile, DEMO, DEMO_ROLES, PASSWORD } from './helpers';
import { serverCount, serverPort } from './servers';

// Signs in every demo user once through the API on every worker's server and saves the sessions for
// the other tests.
setup('sign in the demo users', async ({ playwright }) => {
  for (let index = 0; index < serverCount(); index++) {
    for (const role of DEMO_ROLES) {
      const context = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${serverPort(index)}` });
      // Any response sets the CSRF cookie; GET /api/me answers 401 here.
      await context.get('/api/me');
      const csrf = (await context.storageState()).cookies.find((c) => c.name === 'sk_csrf')?.value;
      expect(csrf, 'the server sets the sk_csrf cookie').toBeTruthy();
      const response = await context.post('/api/auth/login', {
        data: { email: DEMO[role], password: PASSWORD },
        headers: { 'X-CSRF-Token': csrf ?? '' },
      });
      expect(response.status(), `log-in of ${DEMO[role]} on server ${index}`).toBe(200);
      const me = await response.json();
      if (role === 'operator') expect(me.operator, `${DEMO[role]} is the operator`).toBe(true);
      else expect(me.memberships.map((m: { role: string }) => m.role)).toContain(role);
      mkdirSync(dirname(authFile(role, index)), { recursive: true });
      await context.storageState({ path: authFile(role, index) });
      await context.dispose();
    }
  }
});
