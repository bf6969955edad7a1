/**
 * Server messages in the user's language. Validation issues carry a message key (set by the global
 * zod error map or by a schema) and are translated here, so every 400 names the field in plain words.
 */
export type Lang = 'nb' | 'en';

const messages = {
  required: { nb: 'Feltet må fylles ut.', en: 'This field is required.' },
  type: { nb: 'Feil type verdi.', en: 'Wrong type of value.' },
  too_long: { nb: 'For lang verdi (høyst {n} tegn).', en: 'Too long (at most {n} characters).' },
  too_short: { nb: 'For kort verdi (minst {n} tegn).', en: 'Too short (at least {n} characters).' },
  too_big: { nb: 'Verdien er for stor (høyst {n}).', en: 'Value too large (at most {n}).' },
  too_small: { nb: 'Verdien er for liten (minst {n}).', en: 'Value too small (at least {n}).' },
  invalid_choice: { nb: 'Ugyldig valg.', en: 'Not one of the allowed choices.' },
  invalid_format: { nb: 'Ugyldig format.', en: 'Invalid format.' },
  unknown_field: { nb: 'Ukjent felt.', en: 'Unknown field.' },
  invalid: { nb: 'Ugyldig verdi.', en: 'Invalid value.' },
  'date.invalid': { nb: 'Ugyldig dato. Bruk formatet ÅÅÅÅ-MM-DD og en dato som finnes.', en: 'Invalid date. Use YYYY-MM-DD and a date that exists.' },
  'date.future': { nb: 'Datoen kan ikke være fram i tid.', en: 'The date cannot be in the future.' },
  'date.range': { nb: 'Til-dato må være etter fra-dato.', en: 'The end date must be after the start date.' },
  'nationalId.invalid': { nb: 'Ugyldig fødselsnummer eller D-nummer.', en: 'Invalid national identity or D-number.' },
  'language.invalid': { nb: 'Ugyldig språkkode (for eksempel «ar» eller «uk»).', en: 'Invalid language code (for example "ar" or "uk").' },
  'email.invalid': { nb: 'Ugyldig e-postadresse.', en: 'Invalid e-mail address.' },
  'password.short': { nb: 'Passordet må ha minst 12 tegn.', en: 'The password must have at least 12 characters.' },
  'id.invalid': { nb: 'Ugyldig id.', en: 'Invalid id.' },
  // Errors that are not about a single field.
  validation: { nb: 'Noen felt er ikke riktig utfylt.', en: 'Some fields are not filled in correctly.' },
  not_found: { nb: 'Finner ikke det du ba om.', en: 'Not found.' },
  unauthenticated: { nb: 'Du må logge inn.', en: 'You must sign in.' },
  forbidden: { nb: 'Rollen din gir ikke tilgang til dette.', en: 'Your role does not allow this.' },
  csrf: { nb: 'Forespørselen mangler gyldig CSRF-token. Last siden på nytt.', en: 'The request lacks a valid CSRF token. Reload the page.' },
  stale_version: { nb: 'Noen andre har endret dette i mellomtiden. Last inn på nytt og prøv igjen.', en: 'Someone else changed this in the meantime. Reload and try again.' },
  bad_credentials: { nb: 'Feil e-post eller passord.', en: 'Wrong e-mail or password.' },
  sign_in_paused: { nb: 'For mange mislykkede innlogginger. Prøv igjen om {n} sekunder.', en: 'Too many failed sign-ins. Try again in {n} seconds.' },
  token_invalid: { nb: 'Lenken er ugyldig, brukt eller utløpt. Be administratoren om en ny.', en: 'The link is invalid, used or expired. Ask the administrator for a new one.' },
  'order.illegal-transition': { nb: 'Bestillingen kan ikke gå fra «{from}» til «{to}».', en: 'The order cannot go from "{from}" to "{to}".' },
  'order.not-your-side': { nb: 'Denne endringen gjøres av den andre parten.', en: 'This change is made by the other party.' },
  'order.reason-required': { nb: 'Du må oppgi en begrunnelse.', en: 'You must give a reason.' },
  'order.open-exists': { nb: 'Deltakeren har allerede en åpen bestilling.', en: 'The participant already has an open order.' },
  'order.no-career-centre': { nb: 'Kommunen er ikke knyttet til et karrieresenter. Kontakt administrator.', en: 'The municipality is not linked to a career centre. Contact the administrator.' },
  'order.counsellor-invalid': { nb: 'Velg en veileder ved ditt karrieresenter.', en: 'Choose a counsellor at your career centre.' },
  'organisation.invalid': { nb: 'Organisasjonen passer ikke til rollen.', en: 'The organisation does not fit the role.' },
  'email.taken': { nb: 'E-postadressen er allerede i bruk.', en: 'The e-mail address is already in use.' },
  duplicate: { nb: 'Dette finnes allerede.', en: 'This already exists.' },
  payload_too_large: { nb: 'Forespørselen er for stor.', en: 'The request is too large.' },
  bad_request: { nb: 'Ugyldig forespørsel.', en: 'Bad request.' },
  internal: { nb: 'Noe gikk galt hos oss. Prøv igjen senere.', en: 'Something went wrong on our side. Please try again later.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

export function translate(key: string, lang: Lang, params: Record<string, string | number> = {}): string {
  const [base, n] = key.split(':');
  const entry = base && isMessageKey(base) ? messages[base] : messages.invalid;
  let text: string = entry[lang];
  if (n !== undefined) text = text.replace('{n}', n);
  for (const [k, v] of Object.entries(params)) text = text.replace(`{${k}}`, String(v));
  return text;
}

export function langOf(acceptLanguage: string | undefined): Lang {
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'nb';
}
