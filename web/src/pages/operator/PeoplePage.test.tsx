// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import { OPERATOR } from '../../testing/people';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, OPERATOR);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const click = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};
const type = async (element: HTMLElement, value: string) => {
  await act(async () => {
    fireEvent.change(element, { target: { value } });
  });
};

async function find(address: string) {
  await renderAt('/operator/people');
  await screen.findByRole('heading', { level: 1, name: 'Gegevens van een persoon' });
  const form = screen.getByRole('region', { name: 'Persoon zoeken' });
  await type(within(form).getByLabelText('E-mailadres van de persoon'), address);
  await click(within(form).getByRole('button', { name: 'Zoeken' }));
  return form;
}

describe("the operator's page for a person's data", () => {
  it('finds a person by address (in a POST body) and offers their ZIP', async () => {
    fake.routes['POST /api/operator/people/find'] = () => json(200, { id: 14, name: 'Mona Mentor', email: 'mentor@demo.stemkompas.be' });
    await find(' mentor@demo.stemkompas.be ');
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ email: 'mentor@demo.stemkompas.be' });

    const found = screen.getByRole('region', { name: 'Gevonden' });
    expect(within(found).getByText('Mona Mentor')).toBeTruthy();
    expect(within(found).getByText('mentor@demo.stemkompas.be')).toBeTruthy();
    const download = within(found).getByRole('link', { name: 'Gegevens downloaden (ZIP)' });
    expect(download.getAttribute('href')).toBe('/api/operator/people/14/data.zip');
    expect(download.hasAttribute('download')).toBe(true);
    // The person found takes the focus; no error is shown.
    expect(document.activeElement).toBe(within(found).getByRole('heading', { level: 2 }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("shows the server's 400 under the e-mail field and in the summary", async () => {
    fake.routes['POST /api/operator/people/find'] = () =>
      apiError(400, 'validation_failed', 'Controleer de velden.', { email: 'Dit e-mailadres is te lang.' });
    const form = await find('iemand@school.be');
    const field = within(form).getByLabelText('E-mailadres van de persoon');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain('person-email-error');
    expect(document.getElementById('person-email-error')?.textContent).toBe('Dit e-mailadres is te lang.');
    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Dit e-mailadres is te lang.']);
    expect(screen.queryByRole('region', { name: 'Gevonden' })).toBeNull();
  });

  it("shows the server's message on 404 as an alert, not as a field error", async () => {
    fake.routes['POST /api/operator/people/find'] = () =>
      apiError(404, 'person_not_found', 'Er is geen account met dit e-mailadres.');
    const form = await find('niemand@school.be');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Er is geen account met dit e-mailadres.');
    expect(within(form).getByLabelText('E-mailadres van de persoon').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Gevonden' })).toBeNull();
  });

  it('checks the address before sending', async () => {
    await find('geen adres');
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe('Vul een geldig e-mailadres in, zoals naam@school.be.');
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it("is linked from the operator's menu and home, and is the not-found page for anyone else", async () => {
    await renderAt('/');
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Bo Beheerder' });
    const section = screen.getByRole('region', { name: 'Beheerder van het platform' });
    expect(within(section).getByRole('link', { name: 'De gegevens van een persoon downloaden' }).getAttribute('href')).toBe('/operator/people');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Gegevens van personen' }).getAttribute('href')).toBe('/operator/people');
    cleanup();

    signedInAs(fake, { ...OPERATOR, operator: false });
    await renderAt('/operator/people');
    await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' });
    expect(screen.queryByRole('link', { name: 'Gegevens van personen' })).toBeNull();
  });

  it('speaks English', async () => {
    localStorage.setItem('sk_language', 'en');
    fake.routes['POST /api/operator/people/find'] = () => json(200, { id: 14, name: 'Mona Mentor', email: 'mentor@demo.stemkompas.be' });
    await renderAt('/operator/people');
    await screen.findByRole('heading', { level: 1, name: "A person's data" });
    await type(screen.getByLabelText("The person's e-mail address"), 'mentor@demo.stemkompas.be');
    await click(screen.getByRole('button', { name: 'Find' }));
    expect(screen.getByRole('link', { name: 'Download the data (ZIP)' }).getAttribute('href')).toBe('/api/operator/people/14/data.zip');
  });
});
