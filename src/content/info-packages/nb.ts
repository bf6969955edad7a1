/**
 * Norsk bokmål: the SOURCE TEXT of the information package. Every other language translates this.
 *
 * Written in plain language at B1 or below; sections a reader with no schooling sees use at most
 * 15 words per sentence and one idea per sentence. The facts and the seed quotes behind them are
 * in `sources.ts`. Change the structure (who sees what) in `sections.ts`, not here.
 */
import type { LanguageTexts } from './sections.ts';

export const nb: LanguageTexts = {
  translation: {
    status: 'draft',
    note:
      'Kildeteksten er skrevet av utviklerne ut fra forskningsrapportene og loven. Ingen karriereveileder, ' +
      'jurist eller klarspråkskyndig har gått gjennom den ennå.',
  },
  sections: {
    'what-is-guidance': {
      heading: 'Hva er karriereveiledning?',
      paragraphs: [
        'Karriereveiledning er en samtale om jobb og utdanning.',
        'Du snakker med en karriereveileder. Veilederen jobber på karrieresenteret i fylket.',
        'Dere snakker om hva du kan og hva du ønsker. Dere ser på mulighetene dine i Norge.',
        'Målet er at du kan velge jobb eller utdanning med god kunnskap.',
      ],
    },
    'session-what-happens': {
      heading: 'Hva skjer i samtalen?',
      paragraphs: [
        'Kommunen bestiller en time for deg. Du får vite tid og sted.',
        'Samtalen kan være i kommunen, på karrieresenteret eller på video.',
        'Samtalen varer ofte omtrent en time. Noen ganger er programrådgiveren din også med.',
        'Veilederen spør om skole, jobb og ønskene dine. Du kan spørre om alt du lurer på.',
        'Noen steder får du to samtaler. Noen steder er det også veiledning i gruppe.',
      ],
    },
    'session-interpreter': {
      heading: 'Du kan få tolk',
      paragraphs: [
        'Du kan få tolk i samtalen. Du betaler ikke for tolken.',
        'Si fra til kommunen hvilket språk du vil snakke.',
        'Tolken og veilederen har taushetsplikt.',
        'Si fra hvis du ikke forstår tolken.',
      ],
    },
    'session-after': {
      heading: 'Etter samtalen',
      paragraphs: [
        'Etter samtalen skriver veilederen et notat.',
        'Notatet kan ha et råd om jobb eller utdanning. Kommunen får notatet.',
        'Rådet er ikke et vedtak. Kommunen planlegger programmet ditt sammen med deg.',
        'Veilederen kan også sende deg lenker og informasjon på e-post.',
        'Ingen kan love deg en bestemt jobb eller skoleplass.',
      ],
    },
    'right-and-duty': {
      heading: 'Du har rett og plikt til karriereveiledning',
      paragraphs: [
        'Du har rett og plikt til karriereveiledning. Det står i integreringsloven paragraf 11.',
        'Dette gjelder flyktninger og familien deres som er mellom 18 og 55 år.',
        'Plikt betyr at du må møte til samtalen.',
        'Kan du ikke komme? Si fra til programrådgiveren din så tidlig som mulig.',
        'Noen ganger er det best å vente med veiledningen. Da skriver kommunen i planen din omtrent når den kommer.',
      ],
    },
    'right-only': {
      heading: 'Du har rett til karriereveiledning, men ikke plikt',
      paragraphs: [
        'Du har rett til karriereveiledning. Du har ikke plikt.',
        'Dette gjelder deg som har midlertidig kollektiv beskyttelse. Det gjelder for eksempel mange fra Ukraina.',
        'Du velger selv om du vil ha veiledning.',
        'Veiledningen kan være i gruppe sammen med andre.',
      ],
    },
    'guidance-for-everyone': {
      heading: 'Alle kan få gratis karriereveiledning',
      paragraphs: [
        'Alle som bor i et fylke, kan få gratis veiledning på karrieresenteret.',
        'Du kan også chatte eller ringe til karriereveiledning.no.',
        'Du kan be om veiledning senere også. For eksempel når programmet ditt snart er ferdig.',
      ],
    },
    'where-to-ask': {
      heading: 'Hvor kan du spørre?',
      paragraphs: [
        'Spør programrådgiveren din i kommunen.',
        'Du kan også spørre karrieresenteret i fylket ditt.',
        'Du kan be om tolk når du spør.',
        'Regler kan endre seg. Spør hvis du er usikker på hva som gjelder for deg.',
      ],
    },
    'education-system-overview': {
      heading: 'Skole og utdanning i Norge',
      paragraphs: [
        'Grunnskolen tar ti år. Barn går i grunnskolen fra de er seks til de er 16 år.',
        'Etter grunnskolen kommer videregående opplæring. Den tar vanligvis tre eller fire år.',
        'Videregående kan gi studiekompetanse, eller et fagbrev i et yrke. Med studiekompetanse kan du søke høyere utdanning.',
        'Etter videregående kan du studere ved universitet, høgskole eller fagskole.',
        'Voksne kan også ta grunnskole og videregående. Opplæringen er gratis for voksne som har rett til den.',
      ],
    },
    'education-system-no-schooling': {
      heading: 'Du kan lære å lese og skrive',
      paragraphs: [
        'Mange voksne i Norge går på skole.',
        'Du kan lære å lese og skrive.',
        'Kommunen har grunnskole for voksne.',
        'Du trenger ikke kunne norsk før du begynner.',
        'Skole kan være en del av introduksjonsprogrammet.',
        'Det tar tid å lære. Det er helt vanlig.',
      ],
    },
    'education-system-primary': {
      heading: 'Fullføre grunnskolen som voksen',
      paragraphs: [
        'Har du gått noen år på skole? Da kan du fullføre grunnskolen for voksne i kommunen.',
        'Før du begynner, får du tilbud om en vurdering av det du kan fra før.',
        'Kommunen kan ikke kreve at du kan norsk før du begynner.',
        'Grunnskole kan være en del av introduksjonsprogrammet. Etterpå kan du gå videre til videregående.',
      ],
    },
    'education-system-upper-secondary': {
      heading: 'Videregående, fagbrev og yrke',
      paragraphs: [
        'Videregående skole fra et annet land blir ikke alltid godkjent i Norge. Da kan du ta fagene du mangler som voksen.',
        'Mange yrker i Norge har fagbrev. Du kan ta fagbrev som lærling i en bedrift.',
        'Har du jobbet minst fem år i et fag? Da kan du kanskje ta fagprøven som praksiskandidat.',
        'Fylkeskommunen har ansvar for videregående opplæring for voksne. Tilbudet er ulikt fra fylke til fylke.',
      ],
    },
    'education-system-higher': {
      heading: 'Universitet og høgskole',
      paragraphs: [
        'I Norge kan du studere ved universiteter, høgskoler og fagskoler.',
        'For å begynne på universitet eller høgskole trenger du studiekompetanse og norsk på nivå B2.',
        'Noen universiteter har kompletterende utdanning. Det er studier for deg som har utdanning fra et annet land og må fylle på.',
        'Du kan kanskje få lån og stipend fra Lånekassen når du studerer.',
      ],
    },
    'recognition-prior-learning': {
      heading: 'Det du kan fra før, teller',
      paragraphs: [
        'Du kan mye fra jobb, skole og livet ellers.',
        'En realkompetansevurdering viser hva du kan. Den kan gjøre skolen kortere.',
        'Du trenger ikke kunne norsk. Det kan brukes tolk.',
        'Du spør kommunen eller fylkeskommunen om vurderingen.',
      ],
    },
    'recognition-papers': {
      heading: 'Ta med papirer hvis du har dem',
      paragraphs: [
        'Har du papirer fra skole eller jobb? Ta dem med til samtalen.',
        'Vitnemål, kursbevis og attester fra jobb kan være nyttige.',
        'Har du ikke papirer? Si det til veilederen. Det finnes andre måter å vise hva du kan.',
      ],
    },
    'recognition-foreign-education': {
      heading: 'Godkjenning av utdanning fra et annet land',
      paragraphs: [
        'Har du utdanning fra et annet land? Da kan du søke om å få den godkjent i Norge.',
        'Direktoratet HK-dir behandler mange av disse søknadene.',
        'Det kan ta lang tid. Derfor er det lurt å søke tidlig.',
        'Noen yrker krever autorisasjon, for eksempel sykepleier og elektriker. Da må du søke om autorisasjon også.',
      ],
    },
    'norwegian-levels-overview': {
      heading: 'Nivåer i norsk',
      paragraphs: [
        'Norsk har nivåer fra A1 til C1.',
        'A1 er for nybegynnere. C1 er avansert.',
        'På A2 klarer du enkle samtaler i hverdagen.',
        'På B1 klarer du deg i de fleste situasjoner i hverdagen.',
        'På B2 snakker du ganske flytende. Du forstår også vanskeligere tekster.',
        'Du lærer norsk trinn for trinn. Det tar tid for alle.',
      ],
    },
    'norwegian-levels-requirements': {
      heading: 'Hvilket nivå trenger du?',
      paragraphs: [
        'Mange kurs hos NAV krever nivå A2.',
        'Universitet og høgskole krever nivå B2.',
        'Det er også krav til norsk for permanent oppholdstillatelse og statsborgerskap.',
        'Kravene kan endre seg. Spør programrådgiveren din hva som gjelder for deg.',
      ],
    },
    'norwegian-levels-learning': {
      heading: 'Lære norsk når du har gått lite på skole',
      paragraphs: [
        'Norskopplæringen har klasser for deg som har gått lite på skole.',
        'Der kan du også lære å lese og skrive.',
        'Det går ofte saktere. Det er helt vanlig.',
        'Du kan også øve på norsk i praksis på en arbeidsplass.',
      ],
    },
  },
};
