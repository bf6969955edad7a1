/**
 * Languages offered in the pickers, as the BCP 47 codes the API stores (statistics group by them and
 * interpreters are booked by them). The list follows DOMAIN.md § 7: the languages career centres most often
 * need; names come from the locale files (`languages.<code>`).
 */
export const languageCodes = [
  'nb', 'en', 'uk', 'ru', 'ar', 'ti', 'so', 'am', 'prs', 'fa', 'ps', 'ku', 'kmr', 'ckb', 'tr', 'fr', 'es', 'sw', 'my',
] as const;
