// @vitest-environment jsdom
// The session report's Markdown (issue 21, point 1), as properties over generated text: any input parses
// and renders without throwing, every link it makes goes to http, https or mailto (never javascript:, data:
// or a relative address), and the rendered page has no element the subset does not know. The inputs mix
// random text with the subset's own tokens, so the parser's edges come up often.
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { parseMarkdown } from './markdown';
import type { Block, Inline } from './markdown';
import { Markdown } from './Markdown';

afterEach(cleanup);

const TOKENS = ['**', '*', '[', ']', '(', ')', '](', '## ', '### ', '- ', '1. ', '\n', '\n\n', ' ', 'https://example.org/a b',
  'http://x.be', 'mailto:a@b.be', 'javascript:alert(1)', 'JaVaScRiPt:', 'data:text/html,<script>', '//evil.example', '<script>',
  '<img src=x onerror=alert(1)>', '"', "'", '&amp;', 'é', '\u202e', '\r\n'];

const HREFS = ['https://example.org/x', 'HTTP://x.be', 'mailto:a@b.be', 'javascript:alert(1)', 'JAVASCRIPT:x', ' javascript:x',
  'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:x', '//evil.example/x', '/relative', '#top', 'https:evil', 'mailto:'];

// A link as a writer would type it, often with an address it must refuse.
const linkish = fc
  .tuple(fc.string({ maxLength: 6 }), fc.oneof(fc.constantFrom(...HREFS), fc.string({ maxLength: 12 })))
  .map(([text, href]) => `[${text}](${href})`);

const markdownish = fc
  .array(
    fc.oneof(fc.constantFrom(...TOKENS), linkish, fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 })),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

function links(nodes: Inline[]): string[] {
  return nodes.flatMap((n) => (n.kind === 'link' ? [n.href, ...links(n.children)] : n.kind === 'text' ? [] : links(n.children)));
}

function blockLinks(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'list' ? b.items.flatMap(links) : links(b.children)));
}

const SAFE = /^(https?:\/\/|mailto:)/i;
const KNOWN = new Set(['DIV', 'H3', 'H4', 'P', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'A']);

describe('the session report Markdown, on any input', () => {
  it('parses, and every link it makes is http, https or mailto', () => {
    fc.assert(
      fc.property(markdownish, (source) => {
        const hrefs = blockLinks(parseMarkdown(source));
        for (const href of hrefs) expect(href).toMatch(SAFE);
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });

  it('renders without throwing, with only the elements of the subset and only safe links', () => {
    fc.assert(
      fc.property(markdownish, (source) => {
        const { container, unmount } = render(<Markdown source={source} />);
        for (const el of Array.from(container.querySelectorAll('*'))) expect(KNOWN.has(el.tagName)).toBe(true);
        for (const a of Array.from(container.querySelectorAll('a'))) expect(a.getAttribute('href') ?? '').toMatch(SAFE);
        unmount();
      }),
      { numRuns: 300, seed: 7122026 },
    );
  });
});
