import { expect, test } from '@playwright/test';
import { authFile, mailMatch, pageReady, uniqueDigits, useLanguage } from './helpers';
import { testTimes } from './timeouts';

// "Ask us" end to end: a visitor finds the form from the header, asks a question and is told by when
// the answer comes (and gets that in a receipt mail); an organiser finds it in the inbox, takes it and
// answers it; the asker's mail contains the answer.

test('a visitor asks a question; an organiser takes and answers it; the answer reaches the asker', async ({ browser }) => {
  test.setTimeout(testTimes(2));
  const stamp = uniqueDigits(6);
  const name = `Ann Vraag ${stamp}`;
  const email = `ann.${stamp}@school.example.org`;
  const answerText = `Je kunt je aanmelden tot 15 november (${stamp}).`;
  const since = Date.now();

  // The visitor.
  const visitor = await browser.newContext();
  const page = await visitor.newPage();
  await useLanguage(page, 'nl');
  await page.goto('/programmes');
  await pageReady(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vraag het ons' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vraag het ons' })).toBeVisible();
  await page.getByRole('button', { name: 'Vraag versturen' }).click();
  await expect(page.getByRole('alert')).toContainText('Vul je naam in.');
  await page.getByLabel(/^Je naam/).fill(name);
  await page.getByLabel(/^Je e-mailadres/).fill(email);
  await page.getByLabel(/^Je organisatie/).fill('Sint-Jozefschool');
  await page.getByLabel(/^Onderwerp/).selectOption('registration');
  await page.getByLabel(/^Je vraag/).fill('Tot wanneer kunnen we ons aanmelden voor het traject?');
  await page.getByLabel(/Ik ga akkoord/).check();
  await page.getByRole('button', { name: 'Vraag versturen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bedankt voor je vraag' })).toBeVisible();
  const promise = page.getByRole('status');
  await expect(promise).toContainText(/uiterlijk op (maandag|dinsdag|woensdag|donderdag|vrijdag) \d{1,2} \w+ \d{4}, 23:59/);
  await expect(promise).toContainText(email);
  const { mail: receipt } = await mailMatch(email, since, /We antwoorden binnen de 2 werkdagen/);
  expect(receipt).toMatch(/uiterlijk (maandag|dinsdag|woensdag|donderdag|vrijdag) \d{1,2} \w+ \d{4} om 23:59/);
  await visitor.close();

  // The organiser.
  const organiser = await browser.newContext({ storageState: authFile('organiser') });
  const inbox = await organiser.newPage();
  await useLanguage(inbox, 'nl');
  await inbox.goto('/');
  await pageReady(inbox);
  await inbox.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vragen' }).click();
  await expect(inbox.getByRole('heading', { level: 1, name: 'Vragen' })).toBeVisible();
  // The inbox is paged and searched on the server.
  await inbox.getByLabel('Zoek een vraagsteller').fill(email);
  await inbox.getByLabel('Zoek een vraagsteller').press('Enter');
  await expect(inbox.getByRole('table', { name: 'Vragen, gesorteerd op deadline' }).getByRole('row')).toHaveCount(2);
  const row = inbox.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Nieuw');
  await expect(row).toContainText(/nog \d/);
  await row.getByRole('link', { name }).click();
  await expect(inbox.getByRole('heading', { level: 1, name: `Vraag van ${name}` })).toBeVisible();
  await inbox.getByRole('button', { name: 'Neem deze vraag' }).click();
  await expect(inbox.getByRole('status')).toHaveText('Je behandelt nu deze vraag.');
  await expect(inbox.getByTestId('question-status')).toHaveText('Genomen');
  await inbox.getByLabel(/^Antwoord$/).fill(answerText);
  await inbox.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(inbox.getByRole('status')).toHaveText(`Het antwoord is verstuurd naar ${email}.`);
  await expect(inbox.getByTestId('question-status')).toHaveText('Beantwoord');
  await expect(inbox.getByText('Op tijd behandeld')).toBeVisible();

  // Back in the inbox it is answered; the answer went to the asker.
  await inbox.getByRole('link', { name: 'Terug naar de vragen' }).click();
  await expect(inbox.getByRole('row', { name: new RegExp(name) })).toContainText('Beantwoord');
  const { mail: answerMail } = await mailMatch(email, since, /Antwoord op je vraag/);
  expect(answerMail).toContain(answerText);
  expect(answerMail).toContain('> Tot wanneer kunnen we ons aanmelden voor het traject?');
  await organiser.close();
});
