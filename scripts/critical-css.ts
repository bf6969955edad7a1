/**
 * Critical CSS for the pre-rendered public pages (issue 19): the rules of the built stylesheet that can match the
 * page's HTML as the server sends it, so that they can be inlined in the page's <head> and the full stylesheet loaded
 * without blocking the first paint (scripts/public-pages.ts). The well-known technique (as in critters/beasties),
 * here without a dependency: the stylesheet is Vite's minified output, plain enough for a small tokenizer.
 *
 * A selector is kept unless it names a class, an element, an attribute or an attribute value that the page has
 * nowhere; what is inside functional pseudo-classes (:not(), :is(), :has(), …) is not looked at, and states
 * (:hover, :focus-visible, …) keep their rules. So the result is a superset of the rules that apply to the page
 * before its script changes anything: when the full stylesheet arrives, nothing that is already painted moves.
 * Print rules (@media print, @page) are left out: the full stylesheet, loaded with media="print", has them.
 */

/** What a page's HTML has: class names, element names, attribute names and name=value pairs. */
export interface PageVocabulary {
  classes: Set<string>;
  tags: Set<string>;
  attributes: Set<string>;
  values: Set<string>;
}

const decodeEntities = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Reads the vocabulary of HTML as React's renderToString writes it (attributes double-quoted). */
export function pageVocabulary(...pages: string[]): PageVocabulary {
  const vocabulary: PageVocabulary = { classes: new Set(), tags: new Set(), attributes: new Set(), values: new Set() };
  for (const html of pages) {
    // Script and style contents are not markup (the JSON data block escapes "<" anyway).
    const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, (_m, tag: string) => `<${tag}>`);
    for (const [, tag = '', attributes = ''] of markup.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:="[^"]*"|='[^']*'|=[^\s>]+)?)*)\s*\/?>/g)) {
      vocabulary.tags.add(tag.toLowerCase());
      for (const [, name = '', v1, v2, v3] of attributes.matchAll(/([^\s=/>]+)(?:="([^"]*)"|='([^']*)'|=([^\s>]+))?/g)) {
        const attribute = name.toLowerCase();
        const value = decodeEntities(v1 ?? v2 ?? v3 ?? '');
        vocabulary.attributes.add(attribute);
        vocabulary.values.add(`${attribute}=${value}`);
        if (attribute === 'class') for (const name of value.split(/\s+/)) if (name) vocabulary.classes.add(name);
      }
    }
  }
  return vocabulary;
}

/** One node of a stylesheet: a rule, an at-rule with a block of rules, or anything else kept as written. */
type Node =
  | { kind: 'rule'; selector: string; body: string }
  | { kind: 'group'; prelude: string; children: Node[] }
  | { kind: 'raw'; text: string };

/** At-rules whose block holds rules (the others, @keyframes, @font-face, @property, @page, are kept whole). */
const groupingAtRule = /^@(media|supports|layer|container|scope|document|starting-style)\b/i;

/** Parses minified CSS (strings and comments respected; comments dropped). */
export function parseCss(css: string): Node[] {
  let i = 0;
  const skipString = (quote: string) => {
    for (i++; i < css.length && css[i] !== quote; i++) if (css[i] === '\\') i++;
    i++;
  };
  /** Reads up to the matching "}" of a block whose "{" was just passed; returns its text. */
  const readBlock = () => {
    const start = i;
    let depth = 1;
    while (i < css.length) {
      const c = css[i]!;
      if (c === '"' || c === "'") { skipString(c); continue; }
      if (c === '/' && css[i + 1] === '*') { i = css.indexOf('*/', i + 2) + 2 || css.length; continue; }
      if (c === '{') depth++;
      if (c === '}' && --depth === 0) { i++; return css.slice(start, i - 1); }
      i++;
    }
    return css.slice(start);
  };
  const readList = (end: number): Node[] => {
    const nodes: Node[] = [];
    while (i < end) {
      // A prelude: up to "{" or ";" outside strings, parentheses and comments.
      let prelude = '';
      let depth = 0;
      let terminator = '';
      while (i < end) {
        const c = css[i]!;
        if (c === '"' || c === "'") { const s = i; skipString(c); prelude += css.slice(s, i); continue; }
        if (c === '/' && css[i + 1] === '*') { i = css.indexOf('*/', i + 2) + 2 || end; continue; }
        if (c === '(') depth++;
        if (c === ')') depth--;
        if (depth === 0 && (c === '{' || c === ';' || c === '}')) { terminator = c; i++; break; }
        prelude += c;
        i++;
      }
      prelude = prelude.trim();
      if (terminator === '}') break; // the end of the enclosing block (only reached on malformed input)
      if (terminator === ';' || terminator === '') {
        if (prelude) nodes.push({ kind: 'raw', text: `${prelude};` });
        continue;
      }
      if (groupingAtRule.test(prelude)) {
        nodes.push({ kind: 'group', prelude, children: parseCss(readBlock()) });
      } else if (prelude.startsWith('@')) {
        nodes.push({ kind: 'raw', text: `${prelude}{${readBlock()}}` });
      } else {
        nodes.push({ kind: 'rule', selector: prelude, body: readBlock() });
      }
    }
    return nodes;
  };
  return readList(css.length);
}

/** Splits at top-level commas (not inside parentheses, brackets or strings). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** Removes what is inside parentheses (functional pseudo-classes), keeping the parentheses. */
function withoutArguments(selector: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (c === '(') { if (depth++ === 0) out += c; continue; }
    if (c === ')') { if (--depth === 0) out += c; continue; }
    if (depth === 0) out += c;
  }
  return out;
}

const unescapeIdentifier = (name: string) => name.replace(/\\([0-9a-fA-F]{1,6}\s?|.)/g, (_m, e: string) =>
  /^[0-9a-fA-F]/.test(e) && e.trim().length > 1 ? String.fromCodePoint(parseInt(e, 16)) : e.trim() || e);

/** The functional pseudo-classes at the top level of a selector, with their arguments: [name, arguments]. */
function pseudoFunctions(selector: string): [string, string][] {
  const found: [string, string][] = [];
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (c === '"' || c === "'") {
      for (i++; i < selector.length && selector[i] !== c; i++) if (selector[i] === '\\') i++;
      continue;
    }
    if (c === '\\') { i++; continue; }
    if (c !== '(') continue;
    const name = /:([\w-]+)$/.exec(selector.slice(0, i))?.[1]?.toLowerCase() ?? '';
    let depth = 1;
    let j = i + 1;
    for (; j < selector.length && depth > 0; j++) {
      if (selector[j] === '(') depth++;
      if (selector[j] === ')') depth--;
    }
    found.push([name, selector.slice(i + 1, j - 1)]);
    i = j - 1;
  }
  return found;
}

/**
 * Whether a selector may match an element of a page with this vocabulary (true when unsure). :is(), :where() and
 * :has() match only if one of their selectors can; :not() and the others are not looked into.
 */
export function mayMatch(selector: string, page: PageVocabulary): boolean {
  for (const [name, args] of pseudoFunctions(selector)) {
    if (!['is', 'where', 'has', 'matches', '-webkit-any'].includes(name)) continue;
    const alternatives = splitTopLevel(args).map((alternative) => (name === 'has' ? alternative.replace(/^[>+~]\s*/, '') : alternative));
    if (!alternatives.some((alternative) => mayMatch(alternative, page))) return false;
  }
  const outer = withoutArguments(selector);
  // Attribute selectors: the attribute must be there; with "=", that exact value (case-sensitive, no "i" flag).
  const attributes = [...outer.matchAll(/\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*([is])?\s*)?\]/g)];
  for (const [, name = '', operator, v1, v2, v3, flag] of attributes) {
    const attribute = name.toLowerCase();
    if (!page.attributes.has(attribute)) return false;
    if (operator === '=' && !flag && !page.values.has(`${attribute}=${v1 ?? v2 ?? v3 ?? ''}`)) return false;
  }
  const rest = outer.replace(/\[[^\]]*\]/g, '[]');
  for (const [, name = ''] of rest.matchAll(/\.((?:[\w-]|\\.)+)/g)) {
    if (!page.classes.has(unescapeIdentifier(name))) return false;
  }
  // Element names: at the start of a compound selector (after the start, a space or a combinator).
  for (const [, name = ''] of rest.matchAll(/(?:^|[\s>+~])([a-zA-Z][\w-]*)/g)) {
    if (!page.tags.has(name.toLowerCase())) return false;
  }
  return true;
}

/** The rules of `css` that may match the pages; print-only rules left out; empty blocks dropped. */
export function criticalCss(css: string, page: PageVocabulary): string {
  const keep = (nodes: Node[]): string =>
    nodes.map((node) => {
      if (node.kind === 'raw') return /^@page\b/i.test(node.text) ? '' : node.text;
      if (node.kind === 'group') {
        if (/^@media\s+print\s*$/i.test(node.prelude)) return '';
        const inner = keep(node.children);
        // An empty @layer block still fixes the layer's place in the order: keep it as a statement.
        if (!inner) return /^@layer\b/i.test(node.prelude) ? `${node.prelude};` : '';
        return `${node.prelude}{${inner}}`;
      }
      const selectors = splitTopLevel(node.selector).filter((selector) => mayMatch(selector, page));
      return selectors.length ? `${selectors.join(',')}{${node.body}}` : '';
    }).join('');
  return keep(parseCss(css));
}
