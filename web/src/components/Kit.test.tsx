// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { Button, ButtonAnchor, buttonClass } from './Button';
import { ButtonLink } from './ButtonLink';
import { EmptyState } from './EmptyState';
import { Page } from './Page';
import { StatusTag } from './StatusTag';
import type { Loaded } from './useLoad';

afterEach(cleanup);

function inApp(ui: React.ReactNode) {
  return render(
    <I18nProvider>
      <MemoryRouter>
        <main>{ui}</main>
      </MemoryRouter>
    </I18nProvider>,
  );
}

describe('Button', () => {
  it.each([
    [{}, 'button'],
    [{ variant: 'secondary' as const }, 'button button--secondary'],
    [{ variant: 'danger' as const, size: 'small' as const }, 'button button--danger button--small'],
    [{ size: 'big' as const }, 'button button--big'],
  ])('%o looks like %s', (look, classes) => {
    expect(buttonClass(look)).toBe(classes);
  });

  it('never submits the form it is in unless it is a submit button', () => {
    const submit = vi.fn((event: React.FormEvent) => event.preventDefault());
    inApp(
      <form onSubmit={submit}>
        <Button onClick={() => undefined}>Other</Button>
        <Button type="submit" variant="secondary" className="own">
          Send
        </Button>
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Other' }));
    expect(submit).not.toHaveBeenCalled();
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send.className).toBe('button button--secondary own');
    fireEvent.click(send);
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('as a link keeps being a link, in the app or out of it', () => {
    inApp(
      <>
        <ButtonLink to="/team" variant="secondary">
          Team
        </ButtonLink>
        <ButtonAnchor href="/api/file.pdf" download size="small">
          PDF
        </ButtonAnchor>
      </>,
    );
    expect(screen.getByRole('link', { name: 'Team' }).getAttribute('href')).toBe('/team');
    expect(screen.getByRole('link', { name: 'Team' }).className).toBe('button button--secondary');
    expect(screen.getByRole('link', { name: 'PDF' }).className).toBe('button button--small');
  });
});

describe('StatusTag and EmptyState', () => {
  it('a tag is a span in a line, or a paragraph of its own; its tone is its class', () => {
    inApp(
      <>
        <StatusTag tone="problem" testId="late">
          Te laat
        </StatusTag>
        <StatusTag tone="done" block>
          Ingeschreven
        </StatusTag>
      </>,
    );
    const late = screen.getByTestId('late');
    expect([late.tagName, late.className]).toEqual(['SPAN', 'status-tag status-tag--problem']);
    expect(screen.getByText('Ingeschreven').tagName).toBe('P');
  });

  it('an empty state says so, with its action when there is one', () => {
    inApp(<EmptyState action={<ButtonLink to="/new">New</ButtonLink>}>Nothing yet.</EmptyState>);
    expect(screen.getByText('Nothing yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'New' })).toBeTruthy();
  });
});

describe('Page', () => {
  function Loading({ initial }: { initial: Loaded<string[]> }) {
    const [load, setLoad] = useState(initial);
    const [tries, setTries] = useState(0);
    return (
      <>
        <Page title="Schools" nav={<nav aria-label="Pages">nav</nav>} load={load} onRetry={() => setTries((n) => n + 1)}>
          {(names) => (names.length ? <ul>{names.map((n) => <li key={n}>{n}</li>)}</ul> : <EmptyState>None.</EmptyState>)}
        </Page>
        <output>{tries}</output>
        <button type="button" onClick={() => setLoad({ status: 'ready', data: ['Ter Duinen'] })}>
          arrive
        </button>
      </>
    );
  }

  it('keeps its heading and navigation in place while the content loads, then shows the data', async () => {
    inApp(<Loading initial={{ status: 'loading' }} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Schools' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'arrive' })));
    expect(screen.getByRole('listitem').textContent).toBe('Ter Duinen');
    expect(document.title).toMatch(/^Schools – /);
  });

  it('says a failed load in an alert under the heading, and "try again" asks the page to load again', () => {
    inApp(<Loading initial={{ status: 'error', message: 'De server antwoordt niet.' }} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Schools' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('De server antwoordt niet.');
    fireEvent.click(screen.getByRole('button', { name: /^(Opnieuw proberen|Try again)$/ }));
    expect(document.querySelector('output')!.textContent).toBe('1');
  });

  it('without a load, is the way back, the heading with what the page is about, and the children', () => {
    inApp(
      <Page title="Team" about="Ter Duinen" back={{ to: '/programmes', label: 'Programmes' }} className="team">
        <p>content</p>
      </Page>,
    );
    // The name it is about is part of the heading (after a hidden dash) and of the document title.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Team – Ter Duinen');
    expect(document.title).toMatch(/^Team – Ter Duinen – /);
    expect(screen.getByRole('link', { name: 'Programmes' }).closest('.breadcrumb')).toBeTruthy();
    expect(screen.getByText('content').closest('.page.team')).toBeTruthy();
  });
});
