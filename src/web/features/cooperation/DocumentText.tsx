import { Fragment, type ReactNode } from 'react';

/**
 * A shared document's text in "markdown light": `#`/`##`/`###` headings, `-`/`*` bullet lists, `1.` numbered
 * lists, **bold**, and paragraphs separated by a blank line. Built as React elements from plain strings, never
 * as HTML, so whatever a document holds (`<script>`, `<img onerror>`) is shown as the text it is.
 */
type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'paragraph'; lines: string[] };

export function parseDocumentText(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3})\s+(.+)$/.exec(line);
    const bullet = /^\s*[-*]\s+(.+)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.+)$/.exec(line);
    if (!line.trim()) flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, text: heading[2]! });
    } else if (bullet || numbered) {
      flush();
      const ordered = !bullet;
      const last = blocks.at(-1);
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push((bullet ?? numbered)![1]!);
      else blocks.push({ kind: 'list', ordered, items: [(bullet ?? numbered)![1]!] });
    } else paragraph.push(line);
  }
  flush();
  return blocks;
}

/** `**bold**` inside a line; everything else stays text. */
function inline(text: string): ReactNode {
  return text.split(/(\*\*[^*]+\*\*)/g).map((part, i) =>
    part.startsWith('**') && part.endsWith('**') && part.length > 4 ? <strong key={i}>{part.slice(2, -2)}</strong> : <Fragment key={i}>{part}</Fragment>,
  );
}

/**
 * The document's own headings sit below the page's: `#` becomes the level after `headingLevel`, so the page keeps
 * one h1 and a sensible outline (WCAG 1.3.1).
 */
export function DocumentText({ text, headingLevel = 2 }: { text: string; headingLevel?: number }) {
  return (
    <div className="document-text">
      {parseDocumentText(text).map((block, i) => {
        if (block.kind === 'heading') {
          const Tag = `h${Math.min(6, headingLevel + block.level)}` as 'h3';
          return <Tag key={i}>{inline(block.text)}</Tag>;
        }
        if (block.kind === 'list') {
          const List = block.ordered ? 'ol' : 'ul';
          return <List key={i}>{block.items.map((item, j) => <li key={j}>{inline(item)}</li>)}</List>;
        }
        return <p key={i}>{block.lines.map((line, j) => <Fragment key={j}>{j > 0 ? <br /> : null}{inline(line)}</Fragment>)}</p>;
      })}
    </div>
  );
}
