import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown';

describe('parseInline', () => {
  it.each([
    ['plain', [{ kind: 'text', text: 'plain' }]],
    ['a **b** c', [{ kind: 'text', text: 'a ' }, { kind: 'strong', children: [{ kind: 'text', text: 'b' }] }, { kind: 'text', text: ' c' }]],
    ['*i*', [{ kind: 'em', children: [{ kind: 'text', text: 'i' }] }]],
    ['[site](https://example.org/x)', [{ kind: 'link', href: 'https://example.org/x', children: [{ kind: 'text', text: 'site' }] }]],
    ['[bad](javascript:alert(1))', [{ kind: 'text', text: '[bad](javascript:alert(1))' }]],
    ['<script>alert(1)</script>', [{ kind: 'text', text: '<script>alert(1)</script>' }]],
    ['2 * 3 = 6', [{ kind: 'text', text: '2 * 3 = 6' }]],
    ['**open', [{ kind: 'text', text: '**open' }]],
  ])('%s', (source, tree) => {
    expect(parseInline(source)).toEqual(tree);
  });
});

describe('parseMarkdown', () => {
  it('reads headings, paragraphs and both kinds of lists', () => {
    const blocks = parseMarkdown('## Verslag\nEerste regel\ntweede regel\n\n- een\n- twee\n1. a\n2) b\n\n### Slot\nDank');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'heading', 'paragraph']);
    expect(blocks[1]).toEqual({ kind: 'paragraph', children: [{ kind: 'text', text: 'Eerste regel tweede regel' }] });
    expect(blocks[2]).toMatchObject({ kind: 'list', ordered: false, items: [[{ text: 'een' }], [{ text: 'twee' }]] });
    expect(blocks[3]).toMatchObject({ kind: 'list', ordered: true });
    expect(blocks[4]).toMatchObject({ kind: 'heading', level: 3 });
  });

  it('gives nothing for empty text and handles CRLF', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown('a\r\n\r\nb')).toHaveLength(2);
  });
});
