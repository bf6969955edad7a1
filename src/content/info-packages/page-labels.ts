/**
 * The labels AROUND the information package on the participant's page (`/p/:token`): headings, the language
 * switcher, the side-by-side switch, print, the translation status line, the "link no longer works" message,
 * and month and weekday names where the browser has none for the language. Eight languages, like the texts.
 *
 * Plain data with no runtime imports, so the public page's bundle can import it without zod; `index.ts` parses
 * it with `pageLabelsSchema` at import (a broken label stops the build, the tests and the server start), and
 * `page-labels.test.ts` checks that every label exists in every language, has the same placeholders as nb, and
 * is written in the language's own script (not left in Norwegian).
 *
 * Placeholders are `{name}` in braces; `fillLabel()` fills them. Keep labels short and plain (B1 or below).
 * The same honesty as the texts: every language is a `draft` until a named, qualified translator has read it.
 */
import type { InfoLanguage, Translation } from './model.ts';

export const pageLabelKeys = [
  'title', 'loading', 'unavailable', 'error', 'languages', 'sideBySide', 'print', 'heading', 'appointments', 'session',
  'groupSession', 'place', 'digital', 'phone', 'interpreter', 'information', 'draft', 'reviewed', 'resources', 'note',
  'journey', 'plan', 'month', 'expires', 'norwegianText', 'contact', 'contactAdviser', 'contactMunicipality', 'contactPhone',
  'contactEmail',
] as const;
export type PageLabelKey = (typeof pageLabelKeys)[number];

/**
 * Month and weekday names (Gregorian calendar, weekdays from Sunday as `Date.getDay()` counts) and the order of a
 * date, for languages whose names a browser may lack: Chromium has no Tigrinya or Somali date names and would
 * print English. Used only when `Intl` has no data for the language.
 */
export interface CalendarNames {
  weekdays: readonly [string, string, string, string, string, string, string];
  months: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
  /** `{day} {month} {year}`, in the language's order. */
  date: string;
  /** `{weekday} {date}`, in the language's order. */
  dateWithWeekday: string;
}

export interface PageLabelTexts {
  translation: Translation;
  labels: Record<PageLabelKey, string>;
  calendar?: CalendarNames;
}

const draft = (language: string): Translation => ({
  status: 'draft',
  note: `Utkast oversatt av utviklerne fra bokmål (${language}). Ikke gjennomgått av en kvalifisert oversetter.`,
});

export const pageLabels: Record<InfoLanguage, PageLabelTexts> = {
  nb: {
    translation: { status: 'draft', note: 'Kildeteksten. Skrevet av utviklerne; ikke gjennomgått av en klarspråksredaktør.' },
    labels: {
      title: 'Din side',
      loading: 'Henter siden …',
      unavailable: 'Lenken virker ikke lenger. Den kan være utløpt eller trukket tilbake. Spør rådgiveren eller veilederen din om en ny lenke.',
      error: 'Siden kunne ikke vises akkurat nå. Prøv igjen senere.',
      languages: 'Språk',
      sideBySide: 'Vis norsk ved siden av',
      print: 'Skriv ut',
      heading: 'Hei, {name}',
      appointments: 'Timene dine',
      session: 'Karriereveiledning hos {centre}',
      groupSession: 'Gruppeveiledning hos {centre}',
      place: 'Sted: {place}',
      digital: 'Digitalt møte: {link}',
      phone: 'På telefon: veilederen ringer deg.',
      interpreter: 'Tolk: {language}',
      information: 'Informasjon om karriereveiledning',
      draft: 'Utkast – ikke kontrollert av translatør',
      reviewed: 'Kontrollert av {name} {date}',
      resources: 'Lenker fra veilederen din',
      note: 'Oppsummering fra veiledningen',
      journey: 'Planen din',
      plan: 'Plan {plan}',
      month: 'måned {month}',
      expires: 'Denne lenken virker til {date}.',
      norwegianText: 'Norsk tekst',
      contact: 'Kontakt',
      contactAdviser: 'Har du spørsmål? Kontakt programrådgiveren din:',
      contactMunicipality: 'Har du spørsmål? Kontakt kommunen:',
      contactPhone: 'Telefon',
      contactEmail: 'E-post',
    },
  },
  en: {
    translation: draft('engelsk'),
    labels: {
      title: 'Your page',
      loading: 'Loading the page …',
      unavailable: 'This link no longer works. It may have expired or been revoked. Ask your adviser or counsellor for a new link.',
      error: 'The page cannot be shown right now. Please try again later.',
      languages: 'Language',
      sideBySide: 'Show Norwegian alongside',
      print: 'Print',
      heading: 'Hello, {name}',
      appointments: 'Your appointments',
      session: 'Career guidance at {centre}',
      groupSession: 'Group guidance at {centre}',
      place: 'Place: {place}',
      digital: 'Online meeting: {link}',
      phone: 'By phone: the counsellor will call you.',
      interpreter: 'Interpreter: {language}',
      information: 'About career guidance',
      draft: 'Draft – not checked by a translator',
      reviewed: 'Checked by {name} on {date}',
      resources: 'Links from your counsellor',
      note: 'Summary of your guidance',
      journey: 'Your plan',
      plan: 'Plan {plan}',
      month: 'month {month}',
      expires: 'This link works until {date}.',
      norwegianText: 'Norwegian text',
      contact: 'Contact',
      contactAdviser: 'Do you have questions? Contact your programme adviser:',
      contactMunicipality: 'Do you have questions? Contact the municipality:',
      contactPhone: 'Phone',
      contactEmail: 'Email',
    },
  },
  uk: {
    translation: draft('ukrainsk'),
    labels: {
      title: 'Ваша сторінка',
      loading: 'Завантаження сторінки …',
      unavailable: 'Це посилання більше не працює. Можливо, строк його дії минув або його відкликали. Попросіть нове посилання у свого куратора або консультанта.',
      error: 'Зараз не вдається показати сторінку. Спробуйте пізніше.',
      languages: 'Мова',
      sideBySide: 'Показати норвезький текст поруч',
      print: 'Друкувати',
      heading: 'Вітаємо, {name}',
      appointments: 'Ваші зустрічі',
      session: 'Кар’єрна консультація — {centre}',
      groupSession: 'Групова консультація — {centre}',
      place: 'Місце: {place}',
      digital: 'Онлайн-зустріч: {link}',
      phone: 'Телефоном: консультант вам зателефонує.',
      interpreter: 'Перекладач: {language}',
      information: 'Про кар’єрну консультацію',
      draft: 'Чернетка – не перевірено перекладачем',
      reviewed: 'Перевірено: {name}, {date}',
      resources: 'Посилання від вашого консультанта',
      note: 'Підсумок консультації',
      journey: 'Ваш план',
      plan: 'План {plan}',
      month: 'місяць {month}',
      expires: 'Посилання діє до {date}.',
      norwegianText: 'Текст норвезькою',
      contact: 'Контакт',
      contactAdviser: 'Маєте запитання? Зверніться до свого програмного радника:',
      contactMunicipality: 'Маєте запитання? Зверніться до муніципалітету:',
      contactPhone: 'Телефон',
      contactEmail: 'Електронна пошта',
    },
  },
  ru: {
    translation: draft('russisk'),
    labels: {
      title: 'Ваша страница',
      loading: 'Загрузка страницы …',
      unavailable: 'Эта ссылка больше не работает. Возможно, срок её действия истёк или её отозвали. Попросите новую ссылку у своего куратора или консультанта.',
      error: 'Сейчас не удаётся показать страницу. Попробуйте позже.',
      languages: 'Язык',
      sideBySide: 'Показать норвежский текст рядом',
      print: 'Печать',
      heading: 'Здравствуйте, {name}',
      appointments: 'Ваши встречи',
      session: 'Карьерная консультация — {centre}',
      groupSession: 'Групповая консультация — {centre}',
      place: 'Место: {place}',
      digital: 'Онлайн-встреча: {link}',
      phone: 'По телефону: консультант вам позвонит.',
      interpreter: 'Переводчик: {language}',
      information: 'О карьерной консультации',
      draft: 'Черновик – не проверено переводчиком',
      reviewed: 'Проверено: {name}, {date}',
      resources: 'Ссылки от вашего консультанта',
      note: 'Итоги консультации',
      journey: 'Ваш план',
      plan: 'План {plan}',
      month: 'месяц {month}',
      expires: 'Ссылка действует до {date}.',
      norwegianText: 'Текст на норвежском',
      contact: 'Контакт',
      contactAdviser: 'Есть вопросы? Обратитесь к своему консультанту программы:',
      contactMunicipality: 'Есть вопросы? Обратитесь в муниципалитет:',
      contactPhone: 'Телефон',
      contactEmail: 'Электронная почта',
    },
  },
  ar: {
    translation: draft('arabisk'),
    labels: {
      title: 'صفحتك',
      loading: 'جارٍ تحميل الصفحة …',
      unavailable: 'هذا الرابط لم يعد يعمل. ربما انتهت صلاحيته أو تم إلغاؤه. اطلب رابطًا جديدًا من مستشار البرنامج أو المرشد.',
      error: 'لا يمكن عرض الصفحة الآن. حاول مرة أخرى لاحقًا.',
      languages: 'اللغة',
      sideBySide: 'عرض النص النرويجي بجانبه',
      print: 'طباعة',
      heading: 'مرحبًا، {name}',
      appointments: 'مواعيدك',
      session: 'إرشاد مهني في {centre}',
      groupSession: 'إرشاد جماعي في {centre}',
      place: 'المكان: {place}',
      digital: 'اجتماع عبر الإنترنت: {link}',
      phone: 'عبر الهاتف: سيتصل بك المرشد.',
      interpreter: 'مترجم: {language}',
      information: 'معلومات عن الإرشاد المهني',
      draft: 'مسودة – لم يراجعها مترجم',
      reviewed: 'راجعها {name} في {date}',
      resources: 'روابط من مرشدك',
      note: 'ملخص جلسة الإرشاد',
      journey: 'خطتك',
      plan: 'الخطة {plan}',
      month: 'الشهر {month}',
      expires: 'يعمل هذا الرابط حتى {date}.',
      norwegianText: 'النص النرويجي',
      contact: 'التواصل',
      contactAdviser: 'هل لديك أسئلة؟ تواصل مع مستشار البرنامج الخاص بك:',
      contactMunicipality: 'هل لديك أسئلة؟ تواصل مع البلدية:',
      contactPhone: 'الهاتف',
      contactEmail: 'البريد الإلكتروني',
    },
  },
  ti: {
    translation: draft('tigrinja'),
    labels: {
      title: 'ናይኩም ገጽ',
      loading: 'እቲ ገጽ ይጽዓን ኣሎ …',
      unavailable: 'እዚ መላግቦ ድሕሪ ሕጂ ኣይሰርሕን እዩ። ግዜኡ ሓሊፉ ወይ ተሰሪዙ ክኸውን ይኽእል። ሓድሽ መላግቦ ካብ ኣማኻሪኹም ሕተቱ።',
      error: 'እቲ ገጽ ሕጂ ክርአ ኣይከኣለን። ደሓር ደጊምኩም ፈትኑ።',
      languages: 'ቋንቋ',
      sideBySide: 'ጽሑፍ ኖርወይኛ ኣብ ጎኒ ኣርእዩ',
      print: 'ሕተሙ',
      heading: 'ሰላም፡ {name}',
      appointments: 'ቆጸራታትኩም',
      session: 'ምኽሪ ሞያ ኣብ {centre}',
      groupSession: 'ብጉጅለ ዝወሃብ ምኽሪ ኣብ {centre}',
      place: 'ቦታ፡ {place}',
      digital: 'ብቪድዮ ዝግበር ኣኼባ፡ {link}',
      phone: 'ብተሌፎን፡ እቲ ኣማኻሪ ክድውለልኩም እዩ።',
      interpreter: 'ተርጓሚ፡ {language}',
      information: 'ሓበሬታ ብዛዕባ ምኽሪ ሞያ',
      draft: 'ንድፊ – ብተርጓሚ ኣይተረጋገጸን',
      reviewed: 'ብ {name} ኣብ {date} ተረጋጊጹ',
      resources: 'ካብ ኣማኻሪኹም ዝተላእኩ መላግቦታት',
      note: 'ጽማቕ ናይቲ ምኽሪ',
      journey: 'ትልምኹም',
      plan: 'ትልሚ {plan}',
      month: 'ወርሒ {month}',
      expires: 'እዚ መላግቦ ክሳብ {date} ይሰርሕ።',
      norwegianText: 'ጽሑፍ ብኖርወይኛ',
      contact: 'ርክብ',
      contactAdviser: 'ሕቶ ኣለኩም ድዩ? ንኣማኻሪ ፕሮግራምኩም ተወከሱ፦',
      contactMunicipality: 'ሕቶ ኣለኩም ድዩ? ንምምሕዳር ከተማ ተወከሱ፦',
      contactPhone: 'ተሌፎን',
      contactEmail: 'ኢመይል',
    },
    // CLDR's Tigrinya names (Eritrea and Tigray use these Gregorian month names).
    calendar: {
      weekdays: ['ሰንበት', 'ሰኑይ', 'ሰሉስ', 'ረቡዕ', 'ሓሙስ', 'ዓርቢ', 'ቀዳም'],
      months: ['ጥሪ', 'ለካቲት', 'መጋቢት', 'ሚያዝያ', 'ግንቦት', 'ሰነ', 'ሓምለ', 'ነሓሰ', 'መስከረም', 'ጥቅምቲ', 'ሕዳር', 'ታሕሳስ'],
      date: '{day} {month} {year}',
      dateWithWeekday: '{weekday}፡ {date}',
    },
  },
  so: {
    translation: draft('somali'),
    labels: {
      title: 'Boggaaga',
      loading: 'Bogga waa la soo dejinayaa …',
      unavailable: 'Xiriirkan mar dambe ma shaqaynayo. Waqtigiisa ayaa dhammaaday ama waa la joojiyay. Lataliyahaaga ka codso xiriir cusub.',
      error: 'Bogga hadda lama tusi karo. Fadlan mar kale isku day goor dambe.',
      languages: 'Luqadda',
      sideBySide: 'Tus qoraalka Noorwiijiga ah dhinaca',
      print: 'Daabac',
      heading: 'Salaan, {name}',
      appointments: 'Ballamahaaga',
      session: 'Hagitaan xirfadeed: {centre}',
      groupSession: 'Hagitaan koox ah: {centre}',
      place: 'Goobta: {place}',
      digital: 'Kulan internet: {link}',
      phone: 'Taleefan: lataliyaha ayaa ku soo wacaya.',
      interpreter: 'Turjubaan: {language}',
      information: 'Macluumaad ku saabsan hagitaanka xirfadda',
      draft: 'Qabyo – turjubaan ma hubin',
      reviewed: 'Waxaa hubiyay {name}, {date}',
      resources: 'Xiriirro ka yimid lataliyahaaga',
      note: 'Soo koobidda hagitaanka',
      journey: 'Qorshahaaga',
      plan: 'Qorshe {plan}',
      month: 'bisha {month}',
      expires: 'Xiriirkani wuxuu shaqaynayaa ilaa {date}.',
      norwegianText: 'Qoraalka Noorwiijiga',
      contact: 'Xiriir',
      contactAdviser: "Su'aalo ma qabtaa? La xiriir lataliyaha barnaamijkaaga:",
      contactMunicipality: "Su'aalo ma qabtaa? La xiriir degmada:",
      contactPhone: 'Taleefan',
      contactEmail: 'Iimayl',
    },
    // CLDR's Somali names.
    calendar: {
      weekdays: ['Axad', 'Isniin', 'Talaado', 'Arbaco', 'Khamiis', 'Jimco', 'Sabti'],
      months: ['Jannaayo', 'Febraayo', 'Maarso', 'Abriil', 'May', 'Juun', 'Luuliyo', 'Ogost', 'Sebtembar', 'Oktoobar', 'Nofembar', 'Desembar'],
      date: '{day} {month} {year}',
      dateWithWeekday: '{weekday}, {date}',
    },
  },
  prs: {
    translation: draft('dari'),
    labels: {
      title: 'صفحه شما',
      loading: 'صفحه در حال باز شدن است …',
      unavailable: 'این لینک دیگر کار نمی‌کند. شاید وقت آن تمام شده یا لغو شده باشد. از مشاور خود یک لینک نو بخواهید.',
      error: 'صفحه فعلاً نشان داده نمی‌شود. لطفاً بعداً دوباره کوشش کنید.',
      languages: 'زبان',
      sideBySide: 'متن نارویژی را در کنار آن نشان بده',
      print: 'چاپ',
      heading: 'سلام، {name}',
      appointments: 'وقت‌های ملاقات شما',
      session: 'رهنمایی شغلی در {centre}',
      groupSession: 'رهنمایی گروهی در {centre}',
      place: 'جای: {place}',
      digital: 'جلسه آنلاین: {link}',
      phone: 'از طریق تلیفون: مشاور به شما زنگ می‌زند.',
      interpreter: 'ترجمان: {language}',
      information: 'معلومات در باره رهنمایی شغلی',
      draft: 'پیش‌نویس – توسط ترجمان بررسی نشده',
      reviewed: 'توسط {name} در {date} بررسی شد',
      resources: 'لینک‌ها از مشاور شما',
      note: 'خلاصه رهنمایی',
      journey: 'پلان شما',
      plan: 'پلان {plan}',
      month: 'ماه {month}',
      expires: 'این لینک تا {date} کار می‌کند.',
      norwegianText: 'متن نارویژی',
      contact: 'تماس',
      contactAdviser: 'سوال دارید؟ با مشاور برنامه خود تماس بگیرید:',
      contactMunicipality: 'سوال دارید؟ با شاروالی تماس بگیرید:',
      contactPhone: 'تلفن',
      contactEmail: 'ایمیل',
    },
  },
};

/** The placeholders of a label, sorted: `'Hei, {name}'` → `['name']`. */
export function labelPlaceholders(label: string): string[] {
  return [...label.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] ?? '').sort();
}

/** Fills `{name}` placeholders; an unknown placeholder is left as it is (the test makes sure none is). */
export function fillLabel(label: string, values: Record<string, string | number> = {}): string {
  return label.replace(/\{(\w+)\}/gu, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** One label in one language, filled. */
export function pageLabel(language: InfoLanguage, key: PageLabelKey, values?: Record<string, string | number>): string {
  return fillLabel(pageLabels[language].labels[key], values);
}
