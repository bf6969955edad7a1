/**
 * The default glossary a career centre can load and then edit: guidance terms an interpreter must render
 * consistently (DOMAIN.md § 2: the interpreter "must be briefed on key terms"). Norwegian explanations in
 * plain words, with English. Content, not rules: a centre changes its own copy, never this list.
 */
export interface DefaultTerm { term: string; explanation: string; en: { term: string; explanation: string } }

export const defaultGlossary: readonly DefaultTerm[] = [
  {
    term: 'karriereveiledning',
    explanation: 'En samtale med en karriereveileder om hva deltakeren kan og ønsker, og hvilke veier til arbeid og utdanning som finnes.',
    en: { term: 'career guidance', explanation: "A conversation with a career counsellor about the participant's skills and wishes, and the routes to work and education." },
  },
  {
    term: 'introduksjonsprogram',
    explanation: 'Et program i kommunen for nyankomne flyktninger med norskopplæring, samfunnskunnskap og tiltak som forbereder til arbeid eller utdanning.',
    en: { term: 'introduction programme', explanation: 'A municipal programme for newly arrived refugees with Norwegian training, social studies and measures preparing for work or education.' },
  },
  {
    term: 'integreringsplan',
    explanation: 'Planen for deltakerens introduksjonsprogram: sluttmål, norskmål, lengde og innhold.',
    en: { term: 'integration plan', explanation: "The plan for the participant's introduction programme: end goal, Norwegian goal, length and content." },
  },
  {
    term: 'sluttmål',
    explanation: 'Det deltakeren skal nå ved slutten av programmet, for eksempel arbeid, fullført videregående opplæring eller studier.',
    en: { term: 'end goal', explanation: 'What the participant aims to reach by the end of the programme, such as a job, completed upper secondary education or studies.' },
  },
  {
    term: 'kompetansekartlegging',
    explanation: 'Kommunens registrering av språk, utdanning, arbeidserfaring og annen kompetanse før programmet starter.',
    en: { term: 'competence mapping', explanation: "The municipality's record of languages, education, work experience and other skills before the programme starts." },
  },
  {
    term: 'realkompetansevurdering',
    explanation: 'En vurdering av det en person kan fra arbeid og livserfaring, uten vitnemål, slik at det kan gi fritak eller opptak.',
    en: { term: 'recognition of prior learning', explanation: 'An assessment of what a person can do from work and life experience, without diplomas, which can give exemptions or admission.' },
  },
  {
    term: 'fagbrev',
    explanation: 'Dokumentasjon på fullført yrkesopplæring i et fag, for eksempel helsefagarbeider eller elektriker, etter fagprøve.',
    en: { term: 'trade certificate', explanation: 'Proof of completed vocational training in a trade, such as health worker or electrician, after a trade test.' },
  },
  {
    term: 'videregående opplæring',
    explanation: 'Skolenivået etter grunnskolen: studieforberedende eller yrkesfaglig, også for voksne.',
    en: { term: 'upper secondary education', explanation: 'The school level after primary and lower secondary school: general or vocational, also for adults.' },
  },
  {
    term: 'grunnskoleopplæring for voksne',
    explanation: 'Grunnskolefag for voksne som ikke har fullført grunnskole, som grunnlag for videregående opplæring.',
    en: { term: 'primary and lower secondary education for adults', explanation: 'School subjects for adults who have not completed lower secondary school, as a basis for upper secondary education.' },
  },
  {
    term: 'godkjenning av utdanning',
    explanation: 'Når HK-dir eller et annet organ vurderer utenlandsk utdanning og sier hva den tilsvarer i Norge.',
    en: { term: 'recognition of education', explanation: 'When HK-dir or another body assesses foreign education and states what it corresponds to in Norway.' },
  },
  {
    term: 'praksis',
    explanation: 'Arbeid på en arbeidsplass for å lære og vise hva en kan, som del av programmet. Gir vanligvis ikke lønn.',
    en: { term: 'work placement', explanation: 'Working at a workplace to learn and show skills, as part of the programme. Usually unpaid.' },
  },
  {
    term: 'norskopplæring',
    explanation: 'Opplæring i norsk og samfunnskunnskap. Nivåene går fra A1 (nybegynner) til C1 (avansert).',
    en: { term: 'Norwegian language training', explanation: 'Training in Norwegian and social studies. Levels go from A1 (beginner) to C1 (advanced).' },
  },
  {
    term: 'lærling',
    explanation: 'En som tar fagopplæring i en bedrift med lønn, vanligvis i to år, fram mot fagbrev.',
    en: { term: 'apprentice', explanation: 'Someone in paid vocational training at a company, usually for two years, towards a trade certificate.' },
  },
];
