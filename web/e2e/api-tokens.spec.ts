import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll, pageReady, phoneContext } from './helpers';
import { testTimes } from './timeouts';

// Personal API tokens (issue 23, docs/api.md "API tokens"): the organiser makes a read-only token on /account
// on a phone, copies it from the one place it is shown, and a script (Playwright's own HTTP client, no cookies)
// reads the organiser's home with it and is refused a write; revoked, the token stops working. The section
// passes axe in nl and en and fits 390 px. Tokens are the organiser's own: no other spec reads them.

const TEXT = {
  nl: { name: 'Naam van het token', make: 'Token aanmaken', token: 'Nieuw token', revoke: 'Intrekken', yes: 'Ja, intrekken', section: 'API-tokens' },
  en: { name: 'Name of the token', make: 'Create token', token: 'New token', revoke: 'Revoke', yes: 'Yes, revoke', section: 'API tokens' },
} as const;

for (const language of ['nl', 'en'] as const) {
  test(`an organiser makes a token a script uses, then revokes it (${language})`, async ({ browser, playwright, baseURL }) => {
    test.setTimeout(testTimes(2));
    const text = TEXT[language];
    const organiser = await phoneContext(browser, { as: 'organiser', language });
    const page = await organiser.newPage();
    await page.goto('/account');
    await pageReady(page);
    const section = page.getByRole('region', { name: text.section });
    await expect(section).toBeVisible();
    await expectNoAxeViolations(page);

    await section.getByLabel(text.name).fill(`Rapportage ${language}`);
    await section.getByRole('button', { name: text.make }).click();
    const field = section.getByLabel(text.token);
    await expect(field).toHaveValue(/^skt_/);
    const token = await field.inputValue();
    await expect(section.getByRole('listitem').filter({ hasText: `Rapportage ${language}` })).toBeVisible();
    await expectNoSidewaysScroll(page, '/account with a new token');
    await expectNoAxeViolations(page);

    const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    expect((await script.get('/api/me/home')).status()).toBe(200);
    const write = await script.put('/api/me/language', { data: { language } });
    expect(write.status()).toBe(403);
    expect((await write.json()).error.code).toBe('token_read_only');

    const item = section.getByRole('listitem').filter({ hasText: `Rapportage ${language}` });
    await item.getByRole('button', { name: text.revoke }).click();
    await section.getByRole('button', { name: text.yes }).click();
    await expect(item.getByRole('button', { name: text.revoke })).toHaveCount(0);
    expect((await script.get('/api/me/home')).status()).toBe(401);
    await script.dispose();
    await organiser.close();
  });
}
