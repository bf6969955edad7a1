import { describe, expect, it } from 'vitest';
import { criticalCss, mayMatch, pageVocabulary, parseCss } from './critical-css.ts';

const page = pageVocabulary(
  '<!doctype html><html lang="nb"><head><style>.not-markup{}</style></head><body>'
    + '<div id="root" data-prerendered="nb"><header class="app-header"><a class="ds-skip-link" href="#main">Hopp</a></header>'
    + '<button type="button" class="ds-button" data-variant="tertiary" data-size="sm">English</button>'
    + '<select class="ds-input" data-size="sm"><option value="nb" selected="">Norsk</option></select>'
    + '<h2 class="ds-heading" data-size="2xs" title="a &amp; b">Tittel</h2></div>'
    + '<script type="application/json" id="data">{"html":"\\u003cdiv class=\\"from-json\\">"}</script></body></html>',
);

describe('pageVocabulary', () => {
  it('reads classes, elements, attributes and values from the markup, not from style or script contents', () => {
    expect([...page.classes].sort()).toEqual(['app-header', 'ds-button', 'ds-heading', 'ds-input', 'ds-skip-link']);
    expect(page.tags).toContain('select');
    expect(page.tags).toContain('html');
    expect(page.attributes).toContain('selected');
    expect(page.values).toContain('data-variant=tertiary');
    expect(page.values).toContain('title=a & b');
    expect(page.classes).not.toContain('not-markup');
    expect(page.classes).not.toContain('from-json');
  });
});

describe('mayMatch', () => {
  it.each([
    ['.ds-button', true],
    ['.ds-button[data-variant=tertiary]', true],
    ['.ds-button[data-variant="tertiary"]', true],
    ['.ds-button[data-variant=primary]', false],
    ['.ds-button[data-variant=PRIMARY i]', true], // case-insensitive: not looked into
    ['.ds-button[data-color]', false],
    ['.ds-heading[data-size="2xs"]', true],
    ['.ds-dialog', false],
    ['dialog', false],
    ['table th', false],
    ['.app-header a:focus-visible', true],
    ['.app-header>a::before', true],
    ['.ds-button:hover:not(.ds-missing)', true],
    ['.ds-button:is(.ds-missing,.ds-other)', false],
    ['.ds-button:is(.ds-missing,[data-size=sm])', true],
    [':where(.ds-missing) .ds-button', false],
    ['.app-header:has(>.ds-skip-link)', true],
    ['.app-header:has(>u-datalist)', false],
    [':root', true],
    ['*', true],
    ['html[lang=nb] body', true],
    ['[dir=rtl] .ds-button', false],
    ['option[selected]', true],
    ['.ds-input:is(select)', true],
    ['.ds-input:is(textarea)', false],
  ])('%s: %s', (selector, expected) => {
    expect(mayMatch(selector, page)).toBe(expected);
  });
});

describe('criticalCss', () => {
  it('keeps the whole stylesheet when everything may match (nothing lost in parsing)', () => {
    const css = '@layer a,b;@layer a{:root{--x:url(data:image/svg+xml;charset=utf-8,%3Csvg%3E);--s:"}{;"}.ds-button{color:red}}'
      + "@media (min-width:40em){.ds-button{content:'{'}}@supports (width:round(down,.1em,1px)){:root{--y:1px}}"
      + '@keyframes spin{0%{rotate:0}to{rotate:1turn}}@property --z{syntax:"*";inherits:false}';
    const everything = { has: () => true } as unknown as Set<string>;
    expect(criticalCss(css, { classes: everything, tags: everything, attributes: everything, values: everything })).toBe(css);
  });

  it('drops rules and selectors that cannot match, print rules and empty blocks, and keeps the layer order', () => {
    const css = '@layer ds.theme,ds.base,ds.components;'
      + '@layer ds.base{:root{--a:1}.ds-dialog{--b:2}}'
      + '@layer ds.components{.ds-dialog{margin:0}.ds-button,.ds-tabs{padding:0}}'
      + '@layer ds.theme{.ds-tabs{x:y}}'
      + '@media print{.ds-button{display:none}}@page{margin:1cm}'
      + '@media (min-width:40em){.ds-dialog{y:z}.app-header{display:grid}}'
      + '@media (min-width:60em){.ds-dialog{y:z}}';
    expect(criticalCss(css, page)).toBe(
      '@layer ds.theme,ds.base,ds.components;'
        + '@layer ds.base{:root{--a:1}}'
        + '@layer ds.components{.ds-button{padding:0}}'
        + '@layer ds.theme;'
        + '@media (min-width:40em){.app-header{display:grid}}',
    );
  });

  it('parses comments and strings with braces and semicolons', () => {
    const nodes = parseCss('/* a { */.ds-button{content:"};{"}/* } */.b{c:d}');
    expect(nodes).toEqual([
      { kind: 'rule', selector: '.ds-button', body: 'content:"};{"' },
      { kind: 'rule', selector: '.b', body: 'c:d' },
    ]);
  });
});
