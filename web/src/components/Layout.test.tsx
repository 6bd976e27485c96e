// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderAt } from '../testing/fakeApi';

// The main menu on a narrow screen: a disclosure button (app.css hides it from 48rem on and shows the
// list as a row, which jsdom does not apply; here the state is what counts).

beforeEach(() => {
  fakeApi();
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

function menu() {
  const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
  const button = within(nav).getByRole('button', { name: 'Menu' });
  return { nav, button, list: document.getElementById(button.getAttribute('aria-controls') ?? '')! };
}

describe('the main menu', () => {
  it('is a button that shows and hides the list of links it controls', async () => {
    await renderAt('/bestaat-niet');
    const { nav, button, list } = menu();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(list.tagName).toBe('UL');
    expect(nav.contains(list)).toBe(true);
    expect(within(list).getByRole('link', { name: 'Referentiekader' }).getAttribute('href')).toBe('/framework');
    expect(nav.classList.contains('app-nav--open')).toBe(false);
    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(nav.classList.contains('app-nav--open')).toBe(true);
    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape, with the focus back on its button', async () => {
    await renderAt('/bestaat-niet');
    const { button, list } = menu();
    await click(button);
    const link = within(list).getByRole('link', { name: 'Vraag het ons' });
    link.focus();
    await act(async () => {
      fireEvent.keyDown(link, { key: 'Escape' });
    });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('closes after a navigation, and after a click on the page already open (focus on the button)', async () => {
    await renderAt('/bestaat-niet');
    const { button, list } = menu();
    await click(button);
    await click(within(list).getByRole('link', { name: 'Referentiekader' }));
    expect(menu().button.getAttribute('aria-expanded')).toBe('false');
    const current = within(menu().list).getByRole('link', { name: 'Referentiekader' });
    await waitFor(() => expect(current.getAttribute('aria-current')).toBe('page'));

    await click(menu().button);
    expect(menu().button.getAttribute('aria-expanded')).toBe('true');
    await click(current);
    expect(menu().button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menu().button);
  });

  it('is named in English too', async () => {
    localStorage.setItem('sk_language', 'en');
    await renderAt('/bestaat-niet');
    const nav = screen.getByRole('navigation', { name: 'Main menu' });
    expect(within(nav).getByRole('button', { name: 'Menu' }).getAttribute('aria-controls')).toBe('app-menu');
  });
});

describe('the footer', () => {
  it('links "Ask us" and the privacy page, in both languages', async () => {
    await renderAt('/bestaat-niet');
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Privacy en je gegevens' }).getAttribute('href')).toBe('/privacy');
    expect(within(footer).getByRole('link', { name: /^Een vraag\?/ }).getAttribute('href')).toBe('/ask');
    cleanup();
    localStorage.setItem('sk_language', 'en');
    await renderAt('/bestaat-niet');
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Privacy and your data' }).getAttribute('href')).toBe('/privacy');
  });
});
