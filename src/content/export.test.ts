import { describe, expect, it } from 'vitest';
import { offerById, offers } from './index.ts';
import { offerMarkdown } from './markdown.ts';
import { distinctUrls, offlineLinkProblems } from './links.ts';

describe('content export and link check', () => {
  it('writes one Markdown file per offer with both languages, the legal basis and the sources', () => {
    const md = offerMarkdown(offerById('praksiskandidat'));
    expect(md.startsWith('---\nid: praksiskandidat\nlane: work-and-education\n')).toBe(true);
    expect(md).toContain(`## ${offerById('praksiskandidat').title.nb}`);
    expect(md).toContain(`## ${offerById('praksiskandidat').title.en}`);
    expect(md).toContain('### Lovgrunnlag');
    expect(md).toContain('### Legal basis');
    expect(md).toContain('## Kilder / Sources');
    for (const o of offers) expect(offerMarkdown(o)).toContain(`id: ${o.id}\n`);
  });

  it('finds no malformed or repeated link in the content', () => {
    expect(offlineLinkProblems(offers)).toEqual([]);
    expect(distinctUrls(offers).length).toBeGreaterThan(10);
  });

  it('reports a malformed and a repeated link with the offer they are in', () => {
    const o = offerById('sprakpraksis');
    const broken = { ...o, links: [...o.links, { ...o.links[0]!, url: 'http://example.no/side' }, o.links[0]!] };
    const problems = offlineLinkProblems([broken]);
    expect(problems).toEqual([
      expect.objectContaining({ offerId: 'sprakpraksis', url: 'http://example.no/side', problem: 'not-https-or-malformed' }),
      expect.objectContaining({ offerId: 'sprakpraksis', url: o.links[0]!.url, problem: 'duplicate-in-offer' }),
    ]);
  });
});
