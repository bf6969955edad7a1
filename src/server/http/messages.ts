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
  // Handover brief and its import.
  'brief.incomplete': { nb: 'Overføringsnotatet mangler {n} påkrevde opplysninger. Fyll dem ut eller merk dem som ukjent før bestillingen sendes.', en: 'The handover brief lacks {n} required items. Answer them or mark them unknown before sending the order.' },
  'brief.item-missing': { nb: 'Påkrevd: svar, eller merk som ukjent.', en: 'Required: answer, or mark as unknown.' },
  'brief.key-twice': { nb: 'Samme opplysning er sendt to ganger.', en: 'The same item was sent twice.' },
  'brief.value-with-unknown': { nb: 'En opplysning merket som ukjent kan ikke ha et svar.', en: 'An item marked unknown cannot have an answer.' },
  'brief.unknown-item': { nb: 'Ukjent opplysning i sjekklisten.', en: 'Unknown checklist item.' },
  'brief.special-category-required': { nb: 'Helse- og familieopplysninger kan ikke gjøres påkrevd.', en: 'Health and family items cannot be made required.' },
  'brief.import-invalid': { nb: 'Filen har {n} feil. Ingenting er lagret; rett feilene og last opp på nytt.', en: 'The file has {n} errors. Nothing was stored; correct them and upload again.' },
  'brief.import-field': { nb: '{field}: {reason}', en: '{field}: {reason}' },
  'brief.import-date': { nb: 'Ugyldig kartleggingsdato. Bruk formatet ÅÅÅÅ-MM-DD.', en: 'Invalid mapping date. Use YYYY-MM-DD.' },
  'brief.import-quote': { nb: 'Et anførselstegn åpnes her, men lukkes aldri.', en: 'A quotation mark opens here but is never closed.' },
  'brief.import-header': { nb: 'Første linje må være overskriften «{header}».', en: 'The first line must be the header "{header}".' },
  'brief.import-empty': { nb: 'Filen har ingen rader under overskriften.', en: 'The file has no rows below the header.' },
  'brief.import-too-many': { nb: 'Filen har for mange rader (høyst {n}).', en: 'The file has too many rows (at most {n}).' },
  'brief.import-columns': { nb: 'Raden har {n} kolonner, men skal ha 4: item, field, value, mapped_on.', en: 'The row has {n} columns but needs 4: item, field, value, mapped_on.' },
  'brief.import-item': { nb: 'Ukjent opplysning «{item}».', en: 'Unknown item "{item}".' },
  'brief.import-date-differs': { nb: 'Alle rader for «{item}» må ha samme kartleggingsdato.', en: 'All rows for "{item}" must have the same mapping date.' },
  'brief.import-unknown-value': { nb: 'Raden «unknown» skal ha tom verdi.', en: 'The "unknown" row must have an empty value.' },
  'brief.import-twice': { nb: '«{field}» står mer enn én gang.', en: '"{field}" appears more than once.' },
  'brief.import-field-unknown': { nb: 'Opplysningen «{item}» har ikke feltet «{field}».', en: 'The item "{item}" has no field "{field}".' },
  'brief.import-json': { nb: 'Filen er ikke gyldig JSON.', en: 'The file is not valid JSON.' },
  'brief.import-json-shape': { nb: 'JSON-filen må ha «mappedOn» og en liste «items» (se malen).', en: 'The JSON file needs "mappedOn" and a list "items" (see the template).' },
  'brief.import-json-entry': { nb: 'Hver oppføring trenger «item» og enten «value» eller «unknown»: true.', en: 'Each entry needs "item" and either "value" or "unknown": true.' },
  // Sessions, interpreters, group sessions, glossary and calendar.
  'datetime.invalid': { nb: 'Ugyldig tidspunkt. Bruk ISO 8601 med tidssone, for eksempel 2026-05-12T10:00:00+02:00.', en: 'Invalid time. Use ISO 8601 with a time zone, for example 2026-05-12T10:00:00+02:00.' },
  'url.invalid': { nb: 'Ugyldig lenke. Bruk en https-adresse.', en: 'Invalid link. Use an https address.' },
  'phone.invalid': { nb: 'Ugyldig telefonnummer.', en: 'Invalid phone number.' },
  'session.counsellor-busy': { nb: 'Veilederen er allerede booket {when}. Velg et annet tidspunkt eller en annen veileder.', en: 'The counsellor is already booked {when}. Choose another time or another counsellor.' },
  'session.counsellor-busy-field': { nb: 'Veilederen er opptatt på dette tidspunktet.', en: 'The counsellor is busy at this time.' },
  'session.interpreter-busy': { nb: 'Tolken er allerede booket {when}. Velg et annet tidspunkt eller en annen tolk.', en: 'The interpreter is already booked {when}. Choose another time or another interpreter.' },
  'session.interpreter-busy-field': { nb: 'Tolken er opptatt på dette tidspunktet.', en: 'The interpreter is busy at this time.' },
  'session.closed': { nb: 'Utfallet av timen er registrert, så den kan ikke endres.', en: 'The outcome of the session is recorded, so it cannot be changed.' },
  'session.medium-required': { nb: 'Oppgi sted, møtelenke eller telefonnummer for valgt møteform.', en: 'Give the place, meeting link or phone number for the chosen mode.' },
  'session.three-party-with': { nb: 'Velg hvem som er tredjepart (rådgiver eller NAV).', en: 'Choose who the third party is (adviser or NAV).' },
  'session.same-counsellor': { nb: 'Veileder nummer to må være en annen enn hovedveilederen.', en: 'The second counsellor must differ from the lead counsellor.' },
  'session.counsellor-invalid': { nb: 'Velg en veileder ved karrieresenteret.', en: 'Choose a counsellor at the career centre.' },
  'session.term-unknown': { nb: 'Et av begrepene finnes ikke i karrieresenterets ordliste.', en: "One of the terms is not in the career centre's glossary." },
  'session.order-not-open': { nb: 'Timer kan bare bookes for en akseptert eller planlagt bestilling (denne er «{status}»).', en: 'Sessions can only be booked for an accepted or scheduled order (this one is "{status}").' },
  'session.not-started': { nb: 'Timen har ikke begynt ennå. Den kan bare avlyses.', en: 'The session has not started yet. It can only be cancelled.' },
  'session.minutes-not-used': { nb: 'Brukt tid registreres bare for gjennomførte og avbrutte timer.', en: 'Time used is recorded only for held and broken-off sessions.' },
  'session.no-interpreter': { nb: 'Timen har ingen tolk.', en: 'The session has no interpreter.' },
  'glossary.term-taken': { nb: 'Begrepet finnes allerede i ordlisten.', en: 'The term is already in the glossary.' },
  'group.full': { nb: 'Gruppetimen er full.', en: 'The group session is full.' },
  'group.already-registered': { nb: 'Deltakeren er allerede påmeldt.', en: 'The participant is already registered.' },
  'group.closed': { nb: 'Gruppetimen er avlyst eller har begynt, så påmeldingen er stengt.', en: 'The group session is cancelled or has started, so registration is closed.' },
  'group.no-order': { nb: 'Deltakeren må ha en sendt bestilling til dette karrieresenteret.', en: 'The participant needs a sent order to this career centre.' },
  'group.not-started': { nb: 'Oppmøte kan registreres når gruppetimen har begynt.', en: 'Attendance can be recorded once the group session has started.' },
  'group.registration-unknown': { nb: 'Påmeldingen hører ikke til denne gruppetimen.', en: 'The registration does not belong to this group session.' },
  'group.cancelled': { nb: 'Gruppetimen er avlyst.', en: 'The group session is cancelled.' },
  'group.participant-unknown': { nb: 'Finner ikke deltakeren i din kommune.', en: 'No such participant in your municipality.' },
  'group.attendance-recorded': { nb: 'Oppmøtet er allerede registrert for denne deltakeren.', en: 'Attendance is already recorded for this participant.' },
  'calendar.range': { nb: 'Perioden kan være høyst 62 dager, og til-dato må være etter fra-dato.', en: 'The period can be at most 62 days, and the end must be after the start.' },
  'postponement.text-required': { nb: 'Skriv hva «Annet» gjelder.', en: 'Describe what "Other" means.' },
  'postponement.date-past': { nb: 'Ny dato kan ikke være tilbake i tid.', en: 'The new date cannot be in the past.' },
  'postponement.open-exists': { nb: 'Veiledningen er allerede utsatt. Gjenoppta den før du utsetter på nytt.', en: 'Guidance is already postponed. Resume it before postponing again.' },
  'postponement.guidance-held': { nb: 'Veiledningen er allerede gjennomført.', en: 'Guidance has already been held.' },
  'postponement.ended': { nb: 'Utsettelsen er allerede avsluttet.', en: 'The postponement has already ended.' },
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
