/**
 * Pictograms for the information packages, for readers with little or no schooling.
 *
 * Each is a small inline SVG: a 48×48 `viewBox`, strokes in `currentColor` (so it follows the text
 * colour and high-contrast modes), no external files, and no text inside the drawing, so that one
 * picture serves every language. The meaning is carried by `alt` in each language; the web page
 * decides whether to expose it (role="img" + aria-label) or hide the picture next to a heading
 * that already says the same.
 */
import type { InfoLanguage, PictogramKey } from './model.ts';

export interface Pictogram {
  svg: string;
  alt: Record<InfoLanguage, string>;
}

/** Wraps the shapes in the shared frame. Stroke-only keeps the pictograms calm and printable. */
function svg(shapes: string): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48" fill="none" ' +
    'stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round">' +
    shapes +
    '</svg>'
  );
}

const pictogramTable = {
  conversation: {
    // Two people facing each other with a speech bubble between them.
    svg: svg(
      '<circle cx="12" cy="18" r="5"/><path d="M4 42v-6a8 8 0 0 1 16 0v6"/>' +
        '<circle cx="36" cy="18" r="5"/><path d="M28 42v-6a8 8 0 0 1 16 0v6"/>' +
        '<path d="M18 4h12a3 3 0 0 1 3 3v5a3 3 0 0 1-3 3h-5l-4 3v-3h-3a3 3 0 0 1-3-3V7a3 3 0 0 1 3-3z"/>',
    ),
    alt: {
      nb: 'To personer snakker sammen',
      en: 'Two people talking together',
      uk: 'Двоє людей розмовляють',
      ru: 'Два человека разговаривают',
      ar: 'شخصان يتحدثان معًا',
      ti: 'ክልተ ሰባት ይዘራረቡ',
      so: 'Laba qof oo wada hadlaya',
      prs: 'دو نفر با هم صحبت می‌کنند',
    },
  },
  calendar: {
    // A calendar page with one day marked.
    svg: svg(
      '<rect x="6" y="9" width="36" height="33" rx="3"/><path d="M6 18h36M15 5v8M33 5v8"/>' +
        '<path d="M13 25h4M22 25h4M31 25h4M13 33h4M22 33h4"/><circle cx="33" cy="33" r="3.5"/>',
    ),
    alt: {
      nb: 'Kalender med en dag markert',
      en: 'Calendar with one day marked',
      uk: 'Календар із позначеним днем',
      ru: 'Календарь с отмеченным днём',
      ar: 'تقويم عليه يوم محدد',
      ti: 'ሓደ መዓልቲ ዝተመልከቶ ዓውደ-ኣዋርሕ',
      so: 'Jadwal taariikheed oo maalin lagu calaamadeeyay',
      prs: 'تقویم با یک روز نشانی‌شده',
    },
  },
  interpreter: {
    // Two speech bubbles linked by arrows in both directions: words passed from one language to another.
    svg: svg(
      '<path d="M5 6h15a3 3 0 0 1 3 3v7a3 3 0 0 1-3 3h-9l-5 4v-4a3 3 0 0 1-1-2V9a3 3 0 0 1 3-3z"/>' +
        '<path d="M43 25H28a3 3 0 0 0-3 3v7a3 3 0 0 0 3 3h9l5 4v-4a3 3 0 0 0 1-2v-8a3 3 0 0 0-3-3z"/>' +
        '<path d="M30 10h8v8M38 10l-6 6M18 38h-8v-8M10 38l6-6"/>',
    ),
    alt: {
      nb: 'Tolk: to snakkebobler med piler mellom seg',
      en: 'Interpreter: two speech bubbles with arrows between them',
      uk: 'Перекладач: дві хмаринки мовлення зі стрілками між ними',
      ru: 'Переводчик: два облачка речи со стрелками между ними',
      ar: 'مترجم: فقاعتا كلام بينهما أسهم',
      ti: 'ተርጓሚ: ክልተ ናይ ዘረባ ፊኛታት ምስ መምልከቲታት',
      so: 'Turjubaan: laba xumbo hadal oo fallaaro u dhexeeyaan',
      prs: 'ترجمان: دو حباب گفتگو با تیرها در میان آن‌ها',
    },
  },
  'school-building': {
    // A school house with a flag and a door.
    svg: svg(
      '<path d="M4 20L24 8l20 12"/><path d="M8 18v24h32V18"/><path d="M20 42V31h8v11"/>' +
        '<path d="M24 8V2l7 2-7 2"/><rect x="12" y="23" width="6" height="5"/><rect x="30" y="23" width="6" height="5"/>',
    ),
    alt: {
      nb: 'Skolebygning',
      en: 'School building',
      uk: 'Будівля школи',
      ru: 'Здание школы',
      ar: 'مبنى مدرسة',
      ti: 'ህንጻ ቤት ትምህርቲ',
      so: 'Dhismaha dugsiga',
      prs: 'ساختمان مکتب',
    },
  },
  stairs: {
    // Steps going up: one level of education after another.
    svg: svg('<path d="M4 42h10v-9h10v-9h10v-9h10V6"/><path d="M4 42h40"/><path d="M38 6h6v6"/>'),
    alt: {
      nb: 'Trapp med trinn oppover',
      en: 'Stairs with steps going up',
      uk: 'Сходи, що ведуть угору',
      ru: 'Лестница со ступенями вверх',
      ar: 'درج بدرجات صاعدة',
      ti: 'ንላዕሊ ዝድይብ መሳልል',
      so: 'Jaranjaro kor u socda',
      prs: 'زینه با پله‌هایی رو به بالا',
    },
  },
  book: {
    // An open book: reading and writing.
    svg: svg(
      '<path d="M24 12c-5-4-12-5-19-4v29c7-1 14 0 19 4 5-4 12-5 19-4V8c-7-1-14 0-19 4z"/><path d="M24 12v29"/>' +
        '<path d="M10 16h8M10 22h8M30 16h8M30 22h8"/>',
    ),
    alt: {
      nb: 'En åpen bok',
      en: 'An open book',
      uk: 'Розгорнута книжка',
      ru: 'Открытая книга',
      ar: 'كتاب مفتوح',
      ti: 'ዝተኸፍተ መጽሓፍ',
      so: 'Buug furan',
      prs: 'یک کتاب باز',
    },
  },
  certificate: {
    // A diploma with a seal and ribbon.
    svg: svg(
      '<rect x="4" y="6" width="40" height="28" rx="2"/><path d="M10 13h20M10 19h14M10 25h10"/>' +
        '<circle cx="35" cy="25" r="5"/><path d="M32 29l-2 13 5-3 5 3-2-13"/>',
    ),
    alt: {
      nb: 'Vitnemål med segl',
      en: 'Diploma with a seal',
      uk: 'Диплом із печаткою',
      ru: 'Диплом с печатью',
      ar: 'شهادة عليها ختم',
      ti: 'ምስክር ወረቐት ምስ ማሕተም',
      so: 'Shahaado leh shaabad',
      prs: 'دیپلوم با مُهر',
    },
  },
  'document-check': {
    // A paper with a check mark: something is assessed and approved.
    svg: svg(
      '<path d="M10 4h20l8 8v32H10z"/><path d="M30 4v8h8"/><path d="M16 18h14M16 24h10"/>' +
        '<path d="M17 34l5 5 10-10"/>',
    ),
    alt: {
      nb: 'Dokument med hake',
      en: 'Document with a check mark',
      uk: 'Документ із позначкою',
      ru: 'Документ с галочкой',
      ar: 'وثيقة عليها علامة صح',
      ti: 'ሰነድ ምስ ምልክት ቅቡል',
      so: 'Dukumenti leh calaamad sax ah',
      prs: 'سند با نشان تأیید',
    },
  },
  'speech-levels': {
    // A speech bubble holding five bars of rising height: the five Norwegian levels, A1 to C1.
    svg: svg(
      '<path d="M7 5h34a3 3 0 0 1 3 3v24a3 3 0 0 1-3 3H20l-9 8v-8H7a3 3 0 0 1-3-3V8a3 3 0 0 1 3-3z"/>' +
        '<path d="M12 28v-3M18 28v-6M24 28v-9M30 28v-12M36 28v-15"/>',
    ),
    alt: {
      nb: 'Snakkeboble med fem nivåer, fra A1 til C1',
      en: 'Speech bubble with five levels, from A1 to C1',
      uk: 'Хмаринка мовлення з п’ятьма рівнями, від A1 до C1',
      ru: 'Облачко речи с пятью уровнями, от A1 до C1',
      ar: 'فقاعة كلام فيها خمسة مستويات، من A1 إلى C1',
      ti: 'ናይ ዘረባ ፊኛ ምስ ሓሙሽተ ደረጃታት፡ ካብ A1 ክሳብ C1',
      so: 'Xumbo hadal oo leh shan heer, laga bilaabo A1 ilaa C1',
      prs: 'حباب گفتگو با پنج سطح، از A1 تا C1',
    },
  },
  'person-briefcase': {
    // A person carrying a briefcase: work and work experience.
    svg: svg(
      '<circle cx="18" cy="9" r="5"/><path d="M10 44V25a8 8 0 0 1 16 0v19"/>' +
        '<rect x="28" y="28" width="16" height="12" rx="2"/><path d="M32 28v-3h8v3M28 33h16"/>',
    ),
    alt: {
      nb: 'Person med koffert',
      en: 'Person with a briefcase',
      uk: 'Людина з портфелем',
      ru: 'Человек с портфелем',
      ar: 'شخص يحمل حقيبة عمل',
      ti: 'ሰብ ምስ ቦርሳ ስራሕ',
      so: 'Qof sita boorsada shaqada',
      prs: 'شخص با بکس کاری',
    },
  },
  'shield-check': {
    // A shield with a check mark: a right the law gives you.
    svg: svg('<path d="M24 4l16 6v12c0 10-7 18-16 22C15 40 8 32 8 22V10z"/><path d="M16 24l6 6 10-12"/>'),
    alt: {
      nb: 'Skjold med hake: en rettighet',
      en: 'Shield with a check mark: a right',
      uk: 'Щит із позначкою: право',
      ru: 'Щит с галочкой: право',
      ar: 'درع عليه علامة صح: حق',
      ti: 'ዋልታ ምስ ምልክት ቅቡል: መሰል',
      so: 'Gaashaan leh calaamad sax ah: xuquuq',
      prs: 'سپر با نشان تأیید: یک حق',
    },
  },
  choice: {
    // A path splitting in two: you choose.
    svg: svg('<path d="M24 44V26"/><path d="M24 26L10 10M24 26L38 10"/><path d="M10 18V10h8M38 18V10h-8"/>'),
    alt: {
      nb: 'En vei som deler seg i to: du velger',
      en: 'A path that splits in two: you choose',
      uk: 'Дорога, що розділяється надвоє: ви обираєте',
      ru: 'Дорога, которая делится на две: вы выбираете',
      ar: 'طريق ينقسم إلى اثنين: أنت تختار',
      ti: 'ኣብ ክልተ ዝምቀል መገዲ: ንስኻ ትመርጽ',
      so: 'Waddo laba u kala baxaysa: adiga ayaa dooranaya',
      prs: 'راهی که دو شاخه می‌شود: شما انتخاب می‌کنید',
    },
  },
  signpost: {
    // A signpost: where to go and whom to ask.
    svg: svg(
      '<path d="M24 4v40M16 44h16"/><path d="M24 8h14l5 5-5 5H24"/><path d="M24 22H10l-5 5 5 5h14"/>',
    ),
    alt: {
      nb: 'Veiskilt: hvor du kan spørre',
      en: 'Signpost: where you can ask',
      uk: 'Дороговказ: де можна запитати',
      ru: 'Указатель: где можно спросить',
      ar: 'لافتة طريق: أين يمكنك أن تسأل',
      ti: 'ምልክት መገዲ: ኣበይ ክትሓትት ትኽእል',
      so: 'Calaamad jid: halka aad wax ka weydiin karto',
      prs: 'تابلوی راه: کجا می‌توانید بپرسید',
    },
  },
} satisfies Record<string, Pictogram>;

/** The pictogram keys that exist; `sections.ts` may only use these. */
export type KnownPictogram = keyof typeof pictogramTable;

/** Looked up by the key stored on a section (a plain string for callers, per the published API). */
export const pictograms: Record<PictogramKey, Pictogram> = pictogramTable;
