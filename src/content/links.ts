/**
 * Every link in the map's content, checked without a network: well-formed https, and no URL given twice in
 * one offer. Reachability needs a network and is checked only on request (scripts/check-links.ts --online).
 */
import type { Material } from './materials/model.ts';
import { isHttpsUrl, normaliseUrl, type Offer } from './model.ts';

export interface ContentLink { offerId: string; where: 'link' | 'legal-basis' | 'source'; url: string }
export interface LinkProblem extends ContentLink { problem: 'not-https-or-malformed' | 'duplicate-in-offer' }

export function contentLinks(offers: readonly Offer[]): ContentLink[] {
  return offers.flatMap((o) => [
    ...o.links.map((l) => ({ offerId: o.id, where: 'link' as const, url: l.url })),
    ...o.legalBasis.flatMap((b) => (b.url ? [{ offerId: o.id, where: 'legal-basis' as const, url: b.url }] : [])),
    ...o.sources.flatMap((s) => (s.kind === 'web' ? [{ offerId: o.id, where: 'source' as const, url: s.url }] : [])),
  ]);
}

export function offlineLinkProblems(offers: readonly Offer[]): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const o of offers) {
    const seen = new Set<string>();
    // A web source may name the same page as a link: that is the page the fact came from, not a repeat.
    for (const link of contentLinks([o]).filter((l) => l.where !== 'source')) {
      if (!isHttpsUrl(link.url)) problems.push({ ...link, problem: 'not-https-or-malformed' });
      else if (seen.has(normaliseUrl(link.url))) problems.push({ ...link, problem: 'duplicate-in-offer' });
      seen.add(isHttpsUrl(link.url) ? normaliseUrl(link.url) : link.url);
    }
  }
  return problems;
}

/** The distinct URLs to try when a network is there, so each host is asked once per page. */
export function distinctUrls(offers: readonly Offer[]): string[] {
  return [...new Set(contentLinks(offers).map((l) => l.url))].sort();
}

/** A link of the curated films, brochures and web pages (src/content/materials). */
export interface MaterialLink { materialId: string; url: string }
export interface MaterialLinkProblem extends MaterialLink { problem: 'not-https-or-malformed' | 'duplicate-material' }

export function materialLinks(materials: readonly Material[]): MaterialLink[] {
  return materials.map((m) => ({ materialId: m.id, url: m.url }));
}

/** Malformed addresses, and two entries for the same page (one entry per page: give it both topics or offers). */
export function materialLinkProblems(materials: readonly Material[]): MaterialLinkProblem[] {
  const problems: MaterialLinkProblem[] = [];
  const seen = new Set<string>();
  for (const link of materialLinks(materials)) {
    if (!isHttpsUrl(link.url)) problems.push({ ...link, problem: 'not-https-or-malformed' });
    else if (seen.has(normaliseUrl(link.url))) problems.push({ ...link, problem: 'duplicate-material' });
    seen.add(isHttpsUrl(link.url) ? normaliseUrl(link.url) : link.url);
  }
  return problems;
}

/** Every distinct URL the link checker asks for: the offers' links, legal bases and sources, and the materials. */
export function urlsToCheck(offers: readonly Offer[], materials: readonly Material[]): string[] {
  return [...new Set([...contentLinks(offers).map((l) => l.url), ...materialLinks(materials).map((l) => l.url)])].sort();
}
