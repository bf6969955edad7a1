import { Table } from '@digdir/designsystemet-react';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from './DataTable.tsx';

const row = h(Table.Row, null, h(Table.Cell, null, 'Ada'), h(Table.Cell, null, '1'));

describe('DataTable', () => {
  it('names its keyboard-focusable scroll region by the caption, and writes the headers in order', () => {
    const html = renderToStaticMarkup(h(DataTable, { border: true, caption: '1 row', headers: ['Name', 'Count'], children: row }));
    const regionName = /<div class="table-scroll" tabindex="0" role="region" aria-labelledby="([^"]+)">/.exec(html)?.[1];
    expect(regionName).toBeTruthy();
    expect(html).toContain(`<caption id="${regionName}">1 row</caption>`);
    expect([...html.matchAll(/<th(?: [^>]*)?>(.*?)<\/th>/g)].map((m) => m[1])).toEqual(['Name', 'Count']);
    expect(html).toContain('<table class="ds-table data-table" data-border="true" data-size="sm">');
    expect(html).toContain('<tbody><tr><td>Ada</td><td>1</td></tr></tbody>');
  });

  it('without a caption, is named by the given heading and keeps extra classes', () => {
    const html = renderToStaticMarkup(h(DataTable, { labelledBy: 'users-heading', className: 'order-table', headers: ['Name'], children: row }));
    expect(html).toContain('role="region" aria-labelledby="users-heading"');
    expect(html).not.toContain('<caption');
    expect(html).toMatch(/class="ds-table data-table order-table"/);
  });

  it('gives two tables on one page different caption ids', () => {
    const html = renderToStaticMarkup(
      h('div', null, h(DataTable, { caption: 'A', headers: ['x'], children: row }), h(DataTable, { caption: 'B', headers: ['y'], children: row })),
    );
    const ids = [...html.matchAll(/<caption id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });
});
