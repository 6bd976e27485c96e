import type { ReactNode } from 'react';
import { parseMarkdown } from './markdown';
import type { Inline } from './markdown';

function inline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'strong':
        return <strong key={i}>{inline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{inline(node.children)}</em>;
      case 'link':
        return (
          <a key={i} href={node.href} rel="noopener noreferrer">
            {inline(node.children)}
          </a>
        );
    }
  });
}

/** A session report rendered from its Markdown subset, as React elements (never as HTML). */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown">
      {parseMarkdown(source).map((block, i) => {
        if (block.kind === 'heading') return block.level === 2 ? <h3 key={i}>{inline(block.children)}</h3> : <h4 key={i}>{inline(block.children)}</h4>;
        if (block.kind === 'paragraph') return <p key={i}>{inline(block.children)}</p>;
        const items = block.items.map((item, j) => <li key={j}>{inline(item)}</li>);
        return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
      })}
    </div>
  );
}
