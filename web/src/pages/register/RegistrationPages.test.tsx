// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, FRAMEWORK, fakeApi, json, PROGRAMME, renderAt } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

beforeEach(() => {
  fake = fakeApi();
  fake.routes['GET /api/programmes/7'] = () => json(200, PROGRAMME);
  fake.routes['GET /api/frameworks/eu-stem-school-label'] = () => json(200, FRAMEWORK);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const submit = async (name: string) => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};

const fill = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('public programme page', () => {
  it('shows the phases in order with Belgian dates and both ways to register', async () => {
    await renderAt('/programmes/7');
    expect(await screen.findByRole('heading', { level: 1, name: 'STEM-traject 2026' })).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Nulmeting', 'Actieplan']);
    expect(rows[0]?.textContent).toContain('1 september 2026');
    expect(screen.getByRole('link', { name: 'Schrijf je school in' }).getAttribute('href')).toBe(
      '/programmes/7/register-school',
    );
    expect(screen.getByRole('link', { name: 'Schrijf je in als mentor' })).toBeTruthy();
    expect(screen.getByText('Een traject voor scholen.')).toBeTruthy();
  });
});

describe('school registration', () => {
  it('shows an error per empty field, linked with aria-describedby, and a summary with role=alert', async () => {
    await renderAt('/programmes/7/register-school');
    await screen.findByRole('heading', { level: 1, name: 'Je school inschrijven' });
    await submit('School inschrijven');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Vul het instellingsnummer in.');
    expect(alert.textContent).toContain('Ga akkoord met het gebruik van je gegevens');
    const number = screen.getByLabelText('Instellingsnummer');
    expect(number.getAttribute('aria-invalid')).toBe('true');
    const ids = (number.getAttribute('aria-describedby') ?? '').split(' ');
    expect(ids.map((id) => document.getElementById(id)?.textContent)).toContain('Vul het instellingsnummer in.');
    expect(screen.getByLabelText('Provincie').getAttribute('aria-invalid')).toBe('true');
    expect(fake.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('links the privacy page beside the consent, in a new window so the form keeps what it holds', async () => {
    for (const [path, title] of [
      ['/programmes/7/register-school', 'Je school inschrijven'],
      ['/programmes/7/register-mentor', /mentor/i],
    ] as const) {
      await renderAt(path);
      await screen.findByRole('heading', { level: 1, name: title });
      const link = screen.getByRole('link', { name: 'lees alles over privacy (opent in een nieuw venster)' });
      expect(link.getAttribute('href')).toBe('/privacy');
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener');
      // In the notice just above the consent checkbox.
      const notice = link.closest('section')!;
      expect(notice.nextElementSibling?.contains(screen.getByRole('checkbox', { name: /Ik ga akkoord/ }))).toBe(true);
      cleanup();
    }
  });

  it('has a honeypot that no person or assistive technology reaches', async () => {
    await renderAt('/programmes/7/register-school');
    await screen.findByRole('heading', { level: 1 });
    const honeypot = document.getElementById('website') as HTMLInputElement;
    expect(honeypot.tabIndex).toBe(-1);
    expect(honeypot.getAttribute('autocomplete')).toBe('off');
    expect(honeypot.closest('[aria-hidden="true"]')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Laat dit veld leeg' })).toBeNull();
  });

  it('sends every field, shows the server field errors, then the confirmation after 201', async () => {
    let answer = apiError(400, 'validation_failed', 'Niet alles is in orde', {
      institutionNumber: 'Een instellingsnummer heeft 6 cijfers.',
    });
    fake.routes['POST /api/programmes/7/school-registrations'] = () => answer;
    await renderAt('/programmes/7/register-school');
    await screen.findByRole('heading', { level: 1 });
    fill('Naam van de school', 'Sint-Jozef');
    fill('Instellingsnummer', '1234');
    fill('Straat en huisnummer', 'Kerkstraat 1');
    fill('Postcode', '9000');
    fill('Gemeente', 'Gent');
    fill('Provincie', 'oost-vlaanderen');
    fill('Onderwijsnet', 'kov');
    fill('Onderwijsniveau', 'secondary');
    fill('Aantal leerlingen', '450');
    fill('Naam', 'An Peeters');
    fill('Functie', 'Directeur');
    fill('E-mailadres', 'an@school.be');
    fill('Telefoonnummer', '09 123 45 67');
    fill('Hoe heb je van dit programma gehoord?', 'other');
    fill('Hoe dan?', 'Via de krant');
    fireEvent.click(screen.getByLabelText('Ik ga akkoord dat mijn gegevens zo gebruikt worden.'));
    await submit('School inschrijven');

    const sent = fake.calls.find((c) => c.method === 'POST')?.body as Record<string, unknown>;
    expect(sent).toMatchObject({
      schoolName: 'Sint-Jozef',
      institutionNumber: '1234',
      province: 'oost-vlaanderen',
      network: 'kov',
      level: 'secondary',
      pupils: 450,
      heardFrom: 'other',
      heardFromOther: 'Via de krant',
      consent: true,
      language: 'nl',
      website: '',
    });
    expect(screen.getByRole('alert').textContent).toContain('Een instellingsnummer heeft 6 cijfers.');
    expect(screen.getByLabelText('Instellingsnummer').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Naam van de school').getAttribute('aria-invalid')).toBeNull();

    answer = json(201, { id: 5 });
    fill('Instellingsnummer', '123456');
    await submit('School inschrijven');
    expect(screen.getByRole('heading', { level: 1, name: 'Bedankt voor je inschrijving' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('an@school.be');
  });

  it('says so when every place is taken', async () => {
    fake.routes['GET /api/programmes/7'] = () => json(200, { ...PROGRAMME, schoolCount: 20 });
    await renderAt('/programmes/7/register-school');
    expect(await screen.findByText(/Alle plaatsen voor scholen zijn ingenomen/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'School inschrijven' })).toBeNull();
  });
});

describe('mentor registration', () => {
  it('offers the key elements of the framework and sends the chosen ids', async () => {
    fake.routes['POST /api/programmes/7/mentor-registrations'] = () => json(201, { id: 9 });
    await renderAt('/programmes/7/register-mentor');
    await screen.findByLabelText('1. Onderwijsmethode');
    await submit('Inschrijven als mentor');
    expect(screen.getByRole('alert').textContent).toContain('Kies minstens één sleutelelement.');

    fill('Naam van het bedrijf', 'Techno NV');
    fill('Ondernemingsnummer', '0123.456.789');
    fill('Sector', 'ICT');
    fill('Provincie van de vestiging', 'limburg');
    fill('Grootte van het bedrijf', '10-49');
    fill('Naam', 'Bert');
    fill('Functie', 'Ingenieur');
    fill('E-mailadres', 'bert@techno.be');
    fill('Telefoonnummer', '011 22 33 44');
    fireEvent.click(screen.getByLabelText('2. Curriculum'));
    fireEvent.click(screen.getByLabelText('1. Onderwijsmethode'));
    fill('Hoeveel scholen kun je begeleiden?', '2');
    fireEvent.click(screen.getByLabelText('Ik ga akkoord dat mijn gegevens zo gebruikt worden.'));
    await submit('Inschrijven als mentor');
    const sent = fake.calls.find((c) => c.method === 'POST')?.body as Record<string, unknown>;
    expect(sent).toMatchObject({ expertise: ['E1', 'E2'], capacity: 2, companySize: '10-49', enterpriseNumber: '0123.456.789' });
    expect(screen.getByRole('heading', { level: 1, name: 'Bedankt voor je inschrijving' })).toBeTruthy();
  });
});
