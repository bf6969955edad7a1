/**
 * The catalogue key of each text in an eligibility result, so that the browser can show the reader's language
 * (the server sends nb or en; the six other languages are looked up by key in the page's language file).
 *
 * A key is given only when the text is exactly the catalogue's nb (or en) text. A reworded rule whose catalogue
 * has not been regenerated gets no key, and the page shows it in Norwegian, marked, instead of an old translation.
 */
import type { EligibilityResult, LocalizedText } from '../../domain/eligibility/types.ts';
import sourceJson from './source.json' with { type: 'json' };
import { caveatKey, reasonKey, type SourceCatalogue } from './model.ts';

const source = sourceJson as SourceCatalogue;

/** nb text → key for the questions (a question reads the same for every offer). */
const questionsByText = new Map(Object.entries(source).filter(([k]) => k.startsWith('question.')).map(([k, v]) => [v.nb, k]));

const matches = (key: string, text: LocalizedText) => source[key]?.nb === text.nb && source[key]?.en === text.en;

export function reasonTextKey(offerId: string, code: string, text: LocalizedText, ruleFrom: string | undefined): string | null {
  const candidates = [reasonKey(offerId, code, ruleFrom), reasonKey(offerId, code), `reason.${code}`];
  return candidates.find((k) => matches(k, text)) ?? null;
}

export function questionTextKey(text: LocalizedText): string | null {
  const key = questionsByText.get(text.nb);
  return key !== undefined && matches(key, text) ? key : null;
}

export interface EligibilityKeys {
  reasons: (string | null)[];
  toFindOut: (string | null)[];
  caveat: string | null;
}

export function eligibilityKeys(result: EligibilityResult): EligibilityKeys {
  const caveat = caveatKey(result.status);
  return {
    reasons: result.reasons.map((r) => reasonTextKey(result.offerId, r.code, r.text, result.source?.effectiveFrom)),
    toFindOut: result.toFindOut.map(questionTextKey),
    caveat: matches(caveat, result.caveat) ? caveat : null,
  };
}
