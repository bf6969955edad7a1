/**
 * The fixed texts of the appointment letter to the participant (DOMAIN.md § 7: information before guidance,
 * "standardisert informasjon om hva karriereveiledning er og hva som skal foregå i veiledningssamtalen var
 * nyttig for forventningsavklaring", seed 001). The web app renders and prints the letter in Norwegian and
 * the participant's language side by side.
 *
 * Honest status per language: 'source' is the Norwegian original; 'draft' has not been checked by a
 * qualified translator and must be before a letter goes out in it (the Ukrainian and Arabic texts were
 * machine-made; the English was written by the developer and has not been reviewed either).
 * Placeholders: {language} (the interpreter language's name, filled by the web app), {centre}.
 */
export const letterLanguages = ['nb', 'en', 'uk', 'ar'] as const;
export type LetterLanguage = (typeof letterLanguages)[number];

export interface LetterTexts {
  status: 'source' | 'reviewed' | 'draft';
  dir: 'ltr' | 'rtl';
  title: string;
  intro: string;
  whenLabel: string;
  whereLabel: string;
  digitalLabel: string;
  phoneLabel: string;
  durationLabel: string;
  interpreter: string;
  noInterpreter: string;
  whatIsGuidanceHeading: string;
  whatIsGuidance: string[];
  whatToBringHeading: string;
  whatToBring: string[];
  digitalNote: string;
  phoneNote: string;
  changes: string;
  /** Whom to ask (issue 16, item 6): before the adviser's name, or before the municipality's when no adviser is known. */
  contactAdviser: string;
  contactMunicipality: string;
  emailLabel: string;
  /** Printed on a sheet whose translation is a draft, in that sheet's own language (no Norwegian line on it). */
  draftMark: string;
}

export const letterTexts: Record<LetterLanguage, LetterTexts> = {
  nb: {
    status: 'source',
    dir: 'ltr',
    title: 'Innkalling til karriereveiledning',
    intro: 'Du har fått time til karriereveiledning hos {centre}. Karriereveiledningen er en del av introduksjonsprogrammet ditt.',
    whenLabel: 'Når',
    whereLabel: 'Hvor',
    digitalLabel: 'Lenke til møtet',
    phoneLabel: 'Telefon',
    durationLabel: 'Varighet',
    interpreter: 'Det kommer en tolk som snakker {language}. Tolken oversetter alt som blir sagt.',
    noInterpreter: 'Samtalen er uten tolk. Si fra til programrådgiveren din hvis du trenger tolk.',
    whatIsGuidanceHeading: 'Hva er karriereveiledning?',
    whatIsGuidance: [
      'Karriereveiledning er en samtale med en karriereveileder om deg: hva du kan, hva du har gjort før, og hva du ønsker å gjøre.',
      'Sammen ser dere på muligheter for arbeid og utdanning i Norge, og hva som skal til for å komme dit.',
      'Etter samtalen skriver karriereveilederen et notat med en anbefaling om arbeid eller utdanning. Programrådgiveren din bruker notatet når dere lager planen for introduksjonsprogrammet.',
    ],
    whatToBringHeading: 'Ta med deg',
    whatToBring: [
      'Vitnemål, karakterutskrifter og andre papirer fra skole og utdanning, hvis du har dem (kopier er nok).',
      'Attester eller bekreftelser fra arbeid du har hatt.',
      'CV-en din, hvis du har en.',
      'Tanker om hva du ønsker å jobbe med eller lære.',
    ],
    digitalNote: 'Du trenger en PC, et nettbrett eller en mobil med kamera og lyd. Programrådgiveren din kan hjelpe deg å koble til.',
    phoneNote: 'Karriereveilederen ringer deg på avtalt tid. Sørg for å være et sted der du kan snakke uforstyrret.',
    changes: 'Hvis du ikke kan komme, må du si fra til programrådgiveren din så snart som mulig.',
    contactAdviser: 'Har du spørsmål? Kontakt programrådgiveren din:',
    contactMunicipality: 'Har du spørsmål? Kontakt kommunen:',
    emailLabel: 'E-post',
    draftMark: 'Utkast: denne oversettelsen er ikke kontrollert av en oversetter.',
  },
  en: {
    status: 'draft',
    dir: 'ltr',
    title: 'Appointment for career guidance',
    intro: 'You have an appointment for career guidance at {centre}. Career guidance is part of your introduction programme.',
    whenLabel: 'When',
    whereLabel: 'Where',
    digitalLabel: 'Link to the meeting',
    phoneLabel: 'Phone',
    durationLabel: 'Duration',
    interpreter: 'An interpreter who speaks {language} will take part. The interpreter translates everything that is said.',
    noInterpreter: 'The conversation is without an interpreter. Tell your programme adviser if you need one.',
    whatIsGuidanceHeading: 'What is career guidance?',
    whatIsGuidance: [
      'Career guidance is a conversation with a career counsellor about you: what you can do, what you have done before, and what you want to do.',
      'Together you look at the options for work and education in Norway, and what it takes to get there.',
      'After the conversation the career counsellor writes a note with a recommendation on work or education. Your programme adviser uses the note when you make the plan for your introduction programme.',
    ],
    whatToBringHeading: 'Please bring',
    whatToBring: [
      'Diplomas, transcripts and other papers from school and education, if you have them (copies are enough).',
      'References or confirmations from jobs you have had.',
      'Your CV, if you have one.',
      'Your thoughts on what you would like to work with or learn.',
    ],
    digitalNote: 'You need a computer, a tablet or a mobile phone with camera and sound. Your programme adviser can help you connect.',
    phoneNote: 'The career counsellor will call you at the agreed time. Be somewhere you can talk undisturbed.',
    changes: 'If you cannot come, tell your programme adviser as soon as possible.',
    contactAdviser: 'Do you have questions? Contact your programme adviser:',
    contactMunicipality: 'Do you have questions? Contact the municipality:',
    emailLabel: 'Email',
    draftMark: 'Draft: this translation has not been checked by a translator.',
  },
  uk: {
    status: 'draft',
    dir: 'ltr',
    title: 'Запрошення на кар’єрну консультацію',
    intro: 'Вам призначено кар’єрну консультацію в {centre}. Кар’єрна консультація є частиною вашої вступної програми.',
    whenLabel: 'Коли',
    whereLabel: 'Де',
    digitalLabel: 'Посилання на зустріч',
    phoneLabel: 'Телефон',
    durationLabel: 'Тривалість',
    interpreter: 'На зустрічі буде перекладач, який розмовляє мовою: {language}. Перекладач перекладає все, що говориться.',
    noInterpreter: 'Розмова відбудеться без перекладача. Повідомте свого програмного радника, якщо вам потрібен перекладач.',
    whatIsGuidanceHeading: 'Що таке кар’єрна консультація?',
    whatIsGuidance: [
      'Кар’єрна консультація — це розмова з кар’єрним консультантом про вас: що ви вмієте, чим займалися раніше і чим хочете займатися.',
      'Разом ви розглянете можливості роботи та навчання в Норвегії і що потрібно, щоб їх досягти.',
      'Після розмови кар’єрний консультант пише записку з рекомендацією щодо роботи чи навчання. Ваш програмний радник використовує її, коли ви разом складаєте план вступної програми.',
    ],
    whatToBringHeading: 'Візьміть із собою',
    whatToBring: [
      'Атестати, дипломи, виписки оцінок та інші документи про освіту, якщо вони у вас є (достатньо копій).',
      'Довідки або підтвердження з попередніх місць роботи.',
      'Своє резюме (CV), якщо воно у вас є.',
      'Свої думки про те, ким ви хотіли б працювати або чого хотіли б навчитися.',
    ],
    digitalNote: 'Вам потрібен комп’ютер, планшет або мобільний телефон з камерою та звуком. Ваш програмний радник може допомогти підключитися.',
    phoneNote: 'Кар’єрний консультант зателефонує вам у домовлений час. Будьте в місці, де можна спокійно поговорити.',
    changes: 'Якщо ви не можете прийти, якнайшвидше повідомте про це свого програмного радника.',
    contactAdviser: 'Маєте запитання? Зверніться до свого програмного радника:',
    contactMunicipality: 'Маєте запитання? Зверніться до муніципалітету:',
    emailLabel: 'Електронна пошта',
    draftMark: 'Чернетка: цей переклад не перевірив перекладач.',
  },
  ar: {
    status: 'draft',
    dir: 'rtl',
    title: 'دعوة إلى موعد للإرشاد المهني',
    intro: 'لديك موعد للإرشاد المهني في {centre}. الإرشاد المهني جزء من برنامجك التمهيدي.',
    whenLabel: 'متى',
    whereLabel: 'أين',
    digitalLabel: 'رابط الاجتماع',
    phoneLabel: 'الهاتف',
    durationLabel: 'المدة',
    interpreter: 'سيحضر مترجم يتحدث {language}. يترجم المترجم كل ما يُقال.',
    noInterpreter: 'ستكون المحادثة بدون مترجم. أخبر مستشار البرنامج إذا كنت بحاجة إلى مترجم.',
    whatIsGuidanceHeading: 'ما هو الإرشاد المهني؟',
    whatIsGuidance: [
      'الإرشاد المهني هو محادثة مع مرشد مهني عنك: ما الذي تجيده، وما الذي عملته من قبل، وما الذي ترغب في القيام به.',
      'ستنظران معًا في فرص العمل والتعليم في النرويج، وما يلزم للوصول إليها.',
      'بعد المحادثة يكتب المرشد المهني مذكرة فيها توصية بشأن العمل أو التعليم. يستخدم مستشار البرنامج هذه المذكرة عندما تضعان معًا خطة البرنامج التمهيدي.',
    ],
    whatToBringHeading: 'أحضر معك',
    whatToBring: [
      'الشهادات وكشوف الدرجات وغيرها من وثائق المدرسة والتعليم إن وُجدت (تكفي النسخ).',
      'شهادات أو إفادات من الأعمال التي عملت بها.',
      'سيرتك الذاتية إن كانت لديك.',
      'أفكارك حول العمل الذي ترغب فيه أو ما تريد أن تتعلمه.',
    ],
    digitalNote: 'تحتاج إلى حاسوب أو جهاز لوحي أو هاتف محمول مزوّد بكاميرا وصوت. يمكن لمستشار البرنامج مساعدتك على الاتصال.',
    phoneNote: 'سيتصل بك المرشد المهني في الوقت المتفق عليه. كن في مكان يمكنك فيه التحدث دون إزعاج.',
    changes: 'إذا لم تتمكن من الحضور، أخبر مستشار البرنامج في أقرب وقت ممكن.',
    contactAdviser: 'هل لديك أسئلة؟ تواصل مع مستشار البرنامج الخاص بك:',
    contactMunicipality: 'هل لديك أسئلة؟ تواصل مع البلدية:',
    emailLabel: 'البريد الإلكتروني',
    draftMark: 'مسودة: لم يراجع مترجم هذه الترجمة بعد.',
  },
};
