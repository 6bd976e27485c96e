import { expect, test } from '@playwright/test';
import { pageReady, useLanguage } from './helpers';

test('the framework page lists 7 key elements and 21 criteria with 4 level descriptors each', async ({ page }) => {
  await useLanguage(page, 'nl');
  await page.goto('/framework');
  await pageReady(page);
  await expect(page.getByTestId('element')).toHaveCount(7);
  await expect(page.getByTestId('criterion')).toHaveCount(21);
  for (const criterion of await page.getByTestId('criterion').all()) {
    await expect(criterion.locator('dt')).toHaveText(['Nog niet', 'Competent', 'Proficient', 'Expert']);
    await expect(criterion.locator('dd')).toHaveCount(4);
    await expect(criterion.locator('dd', { hasText: 'Geen beschrijving.' })).toHaveCount(0);
  }
  await expect(page.getByRole('navigation', { name: 'Sleutelelementen' }).getByRole('link')).toHaveCount(7);
  await expect(page.getByText('7 sleutelelementen en 21 criteria')).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('7 key elements and 21 criteria')).toBeVisible();
  await expect(page.getByTestId('criterion').first().locator('dt')).toHaveText([
    'Not yet',
    'Competent',
    'Proficient',
    'Expert',
  ]);
});
