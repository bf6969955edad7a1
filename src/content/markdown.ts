/**
 * One Markdown file per offer, so a publishing system can take the content in pieces. Both languages are in
 * the same file (Norwegian first), because an editor reviews them together.
 */
import type { Localized, Offer, SourceRef } from './model.ts';

type Lang = keyof Localized;
const headings: Record<Lang, Record<string, string>> = {
  nb: {
    forWhom: 'For hvem', requirements: 'Krav for å starte', content: 'Innhold og organisering', duration: 'Varighet',
    fundedBy: 'Hvem betaler', legalBasis: 'Lovgrunnlag', links: 'Les mer', review: 'Under kontroll', level: 'Norsknivå',
  },
  en: {
    forWhom: 'Who it is for', requirements: 'Requirements to start', content: 'Content and organisation', duration: 'Duration',
    fundedBy: 'Who pays', legalBasis: 'Legal basis', links: 'Read more', review: 'Under review', level: 'Norwegian level',
  },
};

function source(s: SourceRef): string {
  if (s.kind === 'seed') return `${s.seed}, ${s.section}${s.quote ? `: «${s.quote}»` : ''}`;
  if (s.kind === 'law') return `${s.law} ${s.paragraph}`;
  return `[${s.title}](${s.url})`;
}

function section(offer: Offer, lang: Lang): string[] {
  const h = headings[lang];
  const lines = [`## ${offer.title[lang]}`, '', offer.summary[lang], ''];
  lines.push(`### ${h.forWhom}`, '', offer.forWhom[lang], '');
  lines.push(`### ${h.requirements}`, '', offer.requirements.text[lang]);
  if (offer.requirements.norwegianLevel) lines.push('', `${h.level}: ${offer.requirements.norwegianLevel}`);
  lines.push('', `### ${h.content}`, '', offer.content[lang], '', `### ${h.duration}`, '', offer.duration[lang], '');
  lines.push(`### ${h.fundedBy}`, '', offer.fundedBy[lang], '');
  lines.push(`### ${h.legalBasis}`, '');
  if (offer.legalBasis.length) for (const b of offer.legalBasis) lines.push(`- ${b.url ? `[${b.law} ${b.paragraph}](${b.url})` : `${b.law} ${b.paragraph}`}`);
  else lines.push(offer.noLegalBasisReason?.[lang] ?? '');
  if (offer.links.length) lines.push('', `### ${h.links}`, '', ...offer.links.map((l) => `- [${l.title[lang]}](${l.url}) (${l.owner})`));
  if (offer.review) lines.push('', `> **${h.review}:** ${offer.review.note[lang]}`);
  return [...lines, ''];
}

export function offerMarkdown(offer: Offer): string {
  const front = [
    '---', `id: ${offer.id}`, `lane: ${offer.lane}`, `effectiveFrom: ${offer.effectiveFrom}`, `lastReviewed: ${offer.lastReviewed}`,
    `reviewNeeded: ${offer.review ? 'true' : 'false'}`, `nextSteps: [${offer.nextSteps.join(', ')}]`, '---', '',
  ];
  const sources = ['## Kilder / Sources', '', ...offer.sources.map((s) => `- ${source(s)}`), ''];
  return [...front, ...section(offer, 'nb'), ...section(offer, 'en'), ...sources].join('\n');
}
