/**
 * The participants' survey in the eight languages of the participant's page (issue 14, item 4): three questions,
 * the five steps in plain words, and the few labels around them. Plain data with no runtime imports, so the
 * public page's bundle can import it; `texts.test.ts` checks every key in every language, the script of each
 * language, and the placeholders.
 *
 * Honest about translation status like the information packages (content/info-packages/model.ts): every language
 * but the bokmål source is a `draft` written by the developers until a named, qualified translator has read it.
 *
 * Why these three questions: seed 004 reports the users' view only as satisfaction ("94 prosent ganske eller
 * svært fornøyde"); issue 14 asks what the centre can act on — was the conversation useful, was the interpreter
 * understood (seed 000/001 report varying interpreter quality), and does the person know the next step
 * (COOPERATION.md § 3: "i fellesskap diskuterer veien videre").
 */
import type { InfoLanguage } from '../info-packages/model.ts';

export const surveyLabelKeys = [
  'title', 'intro', 'anonymous', 'useful', 'interpreter', 'noInterpreter', 'nextStep', 'comment', 'submit', 'thanks',
  'alreadyAnswered', 'required', 'failed', 'paperHint', 'draft',
] as const;
export type SurveyLabelKey = (typeof surveyLabelKeys)[number];

export interface SurveyTexts {
  status: 'draft' | 'reviewed';
  note: string;
  labels: Record<SurveyLabelKey, string>;
  /** The five steps, 1 (lowest) to 5 (highest), in plain words. */
  scale: readonly [string, string, string, string, string];
}

const draftNote = 'Utkast oversatt av utviklerne fra bokmål. Ikke gjennomgått av en kvalifisert oversetter.';

export const surveyTexts: Record<InfoLanguage, SurveyTexts> = {
  nb: {
    status: 'draft', note: 'Kildeteksten. Skrevet av utviklerne; ikke gjennomgått av en klarspråksredaktør.',
    labels: {
      title: 'Hva synes du?',
      intro: 'Tre korte spørsmål om karriereveiledningen.',
      anonymous: 'Du er anonym. Svaret lagres uten navnet ditt.',
      useful: 'Var samtalen nyttig for deg?',
      interpreter: 'Forsto du tolken?',
      noInterpreter: 'Jeg hadde ingen tolk',
      nextStep: 'Vet du hva du skal gjøre nå?',
      comment: 'Vil du si noe mer? (frivillig)',
      submit: 'Send svar',
      thanks: 'Takk for svaret!',
      alreadyAnswered: 'Du har allerede svart. Takk!',
      required: 'Velg ett svar.',
      failed: 'Svaret ble ikke sendt. Prøv igjen.',
      paperHint: 'Sett ett kryss for hvert spørsmål.',
      draft: 'Utkast – ikke kontrollert av translatør',
    },
    scale: ['Nei', 'Lite', 'Litt', 'Ja', 'Ja, veldig'],
  },
  en: {
    status: 'draft', note: draftNote,
    labels: {
      title: 'What did you think?',
      intro: 'Three short questions about your career guidance.',
      anonymous: 'You are anonymous. Your answer is saved without your name.',
      useful: 'Was the conversation useful for you?',
      interpreter: 'Did you understand the interpreter?',
      noInterpreter: 'I had no interpreter',
      nextStep: 'Do you know what to do next?',
      comment: 'Anything else you want to say? (optional)',
      submit: 'Send answer',
      thanks: 'Thank you for your answer!',
      alreadyAnswered: 'You have already answered. Thank you!',
      required: 'Choose one answer.',
      failed: 'The answer was not sent. Please try again.',
      paperHint: 'Put one cross for each question.',
      draft: 'Draft – not checked by a translator',
    },
    scale: ['No', 'Not much', 'A little', 'Yes', 'Yes, very'],
  },
  uk: {
    status: 'draft', note: draftNote,
    labels: {
      title: 'Що ви думаєте?',
      intro: 'Три короткі запитання про кар’єрну консультацію.',
      anonymous: 'Ви анонімні. Відповідь зберігають без вашого імені.',
      useful: 'Чи була розмова корисною для вас?',
      interpreter: 'Чи розуміли ви перекладача?',
      noInterpreter: 'У мене не було перекладача',
      nextStep: 'Чи знаєте ви, що робити далі?',
      comment: 'Хочете сказати ще щось? (необов’язково)',
      submit: 'Надіслати відповідь',
      thanks: 'Дякуємо за відповідь!',
      alreadyAnswered: 'Ви вже відповіли. Дякуємо!',
      required: 'Виберіть одну відповідь.',
      failed: 'Відповідь не надіслано. Спробуйте ще раз.',
      paperHint: 'Поставте один хрестик для кожного запитання.',
      draft: 'Чернетка – не перевірено перекладачем',
    },
    scale: ['Ні', 'Мало', 'Трохи', 'Так', 'Так, дуже'],
  },
  ru: {
    status: 'draft', note: draftNote,
    labels: {
      title: 'Что вы думаете?',
      intro: 'Три коротких вопроса о карьерной консультации.',
      anonymous: 'Вы анонимны. Ответ сохраняется без вашего имени.',
      useful: 'Был ли разговор полезным для вас?',
      interpreter: 'Понимали ли вы переводчика?',
      noInterpreter: 'У меня не было переводчика',
      nextStep: 'Знаете ли вы, что делать дальше?',
      comment: 'Хотите сказать что-то ещё? (необязательно)',
      submit: 'Отправить ответ',
      thanks: 'Спасибо за ответ!',
      alreadyAnswered: 'Вы уже ответили. Спасибо!',
      required: 'Выберите один ответ.',
      failed: 'Ответ не отправлен. Попробуйте ещё раз.',
      paperHint: 'Поставьте один крестик для каждого вопроса.',
      draft: 'Черновик – не проверено переводчиком',
    },
    scale: ['Нет', 'Мало', 'Немного', 'Да', 'Да, очень'],
  },
  ar: {
    status: 'draft', note: draftNote,
    labels: {
      title: 'ما رأيك؟',
      intro: 'ثلاثة أسئلة قصيرة عن الإرشاد المهني.',
      anonymous: 'أنت مجهول الهوية. يُحفظ جوابك بدون اسمك.',
      useful: 'هل كانت المحادثة مفيدة لك؟',
      interpreter: 'هل فهمت المترجم؟',
      noInterpreter: 'لم يكن معي مترجم',
      nextStep: 'هل تعرف ماذا تفعل الآن؟',
      comment: 'هل تريد أن تقول شيئًا آخر؟ (اختياري)',
      submit: 'أرسل الجواب',
      thanks: 'شكرًا على جوابك!',
      alreadyAnswered: 'لقد أجبت من قبل. شكرًا!',
      required: 'اختر جوابًا واحدًا.',
      failed: 'لم يُرسل الجواب. حاول مرة أخرى.',
      paperHint: 'ضع علامة واحدة لكل سؤال.',
      draft: 'مسودة – لم يراجعها مترجم',
    },
    scale: ['لا', 'قليلًا جدًا', 'قليلًا', 'نعم', 'نعم، كثيرًا'],
  },
  ti: {
    status: 'draft', note: draftNote,
    labels: {
      title: 'እንታይ ትሓስቡ?',
      intro: 'ብዛዕባ ምኽሪ ሞያ ሰለስተ ሓጸርቲ ሕቶታት።',
      anonymous: 'ስምኩም ኣይፍለጥን። መልስኹም ብዘይ ስምኩም ይዕቀብ።',
      useful: 'እቲ ዝርርብ ጠቓሚ ነይሩ ዶ?',
      interpreter: 'ንተርጓሚ ተረዲእኩምዎ ዶ?',
      noInterpreter: 'ተርጓሚ ኣይነበረንን',
      nextStep: 'ሕጂ እንታይ ከም እትገብሩ ትፈልጡ ዶ?',
      comment: 'ካልእ ክትብሉ እትደልዩ ኣሎ ዶ? (ብድሌትኩም)',
      submit: 'መልሲ ስደዱ',
      thanks: 'ስለ መልስኹም የቐንየልና!',
      alreadyAnswered: 'ድሮ መሊስኩም ኢኹም። የቐንየልና!',
      required: 'ሓደ መልሲ ምረጹ።',
      failed: 'እቲ መልሲ ኣይተላእከን። ደጊምኩም ፈትኑ።',
      paperHint: 'ንነፍሲ ወከፍ ሕቶ ሓደ ምልክት ግበሩ።',
      draft: 'ንድፊ – ብተርጓሚ ኣይተመርመረን',
    },
    scale: ['ኣይፋሉን', 'ብዙሕ ኣይኮነን', 'ቁሩብ', 'እወ', 'እወ፡ ኣዝዩ'],
  },
  so: {
    status: 'draft', note: draftNote,
    labels: {
      title: 'Maxay kula tahay?',
      intro: 'Saddex su’aalood oo gaagaaban oo ku saabsan hagidda shaqada.',
      anonymous: 'Magacaaga lama yaqaan. Jawaabtaada waxaa lagu kaydiyaa magacaaga la’aantiis.',
      useful: 'Wadahadalku ma kuu faa’iido lahaa?',
      interpreter: 'Turjubaanka ma fahantay?',
      noInterpreter: 'Turjubaan ma aanan lahayn',
      nextStep: 'Ma garanaysaa waxa aad hadda samaynayso?',
      comment: 'Ma jiraa wax kale oo aad rabto inaad sheegto? (ikhtiyaari)',
      submit: 'Dir jawaabta',
      thanks: 'Waad ku mahadsan tahay jawaabtaada!',
      alreadyAnswered: 'Horay ayaad u jawaabtay. Mahadsanid!',
      required: 'Dooro hal jawaab.',
      failed: 'Jawaabta lama dirin. Mar kale isku day.',
      paperHint: 'Su’aal kasta hal calaamad u samee.',
      draft: 'Qabyo – turjubaan ma hubin',
    },
    scale: ['Maya', 'Wax yar', 'Xoogaa', 'Haa', 'Haa, aad'],
  },
  prs: {
    status: 'draft', note: draftNote,
    labels: {
      title: 'نظر شما چیست؟',
      intro: 'سه سوال کوتاه درباره مشوره مسلکی.',
      anonymous: 'شما ناشناس هستید. جواب شما بدون نام شما ذخیره می‌شود.',
      useful: 'آیا گفتگو برای شما مفید بود؟',
      interpreter: 'آیا ترجمان را فهمیدید؟',
      noInterpreter: 'من ترجمان نداشتم',
      nextStep: 'آیا می‌دانید حالا چه کار کنید؟',
      comment: 'آیا چیز دیگری می‌خواهید بگویید؟ (اختیاری)',
      submit: 'جواب را بفرستید',
      thanks: 'از جواب شما تشکر!',
      alreadyAnswered: 'شما قبلاً جواب داده‌اید. تشکر!',
      required: 'یک جواب را انتخاب کنید.',
      failed: 'جواب فرستاده نشد. دوباره کوشش کنید.',
      paperHint: 'برای هر سوال یک نشانی بگذارید.',
      draft: 'پیش‌نویس – توسط ترجمان بررسی نشده',
    },
    scale: ['نخیر', 'کم', 'کمی', 'بلی', 'بلی، خیلی'],
  },
};

/**
 * Faces for the five steps, from very unhappy (1) to very happy (5): the answer can be given by the picture alone.
 * Stroke-only in currentColor like the information packages' pictograms, no text in the drawing.
 */
const face = (mouth: string, extra = '') =>
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="40" height="40" fill="none" stroke="currentColor" ' +
  'stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><circle cx="24" cy="24" r="20"/>' +
  '<circle cx="17" cy="19" r="1.5" fill="currentColor"/><circle cx="31" cy="19" r="1.5" fill="currentColor"/>' + mouth + extra + '</svg>';

export const scaleFaces: readonly [string, string, string, string, string] = [
  face('<path d="M14 35q10-9 20 0"/>'),
  face('<path d="M16 33q8-5 16 0"/>'),
  face('<path d="M16 31h16"/>'),
  face('<path d="M16 29q8 5 16 0"/>'),
  face('<path d="M13 28q11 11 22 0z"/>'),
];

/** A pictogram per question: two people talking, a person with a speech bubble in two scripts, a signpost. */
export const questionPictograms: Record<'useful' | 'interpreter' | 'nextStep', string> = {
  useful: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="40" height="40" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round">' +
    '<circle cx="12" cy="18" r="5"/><path d="M4 42v-6a8 8 0 0 1 16 0v6"/><circle cx="36" cy="18" r="5"/><path d="M28 42v-6a8 8 0 0 1 16 0v6"/>' +
    '<path d="M18 4h12a3 3 0 0 1 3 3v5a3 3 0 0 1-3 3h-5l-4 3v-3h-3a3 3 0 0 1-3-3V7a3 3 0 0 1 3-3z"/></svg>',
  interpreter: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="40" height="40" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round">' +
    '<circle cx="24" cy="30" r="5"/><path d="M15 46v-4a9 9 0 0 1 18 0v4"/><path d="M3 4h16v10H9l-4 4V14H3z"/><path d="M29 4h16v10h-2v4l-4-4H29z"/>' +
    '<path d="M7 9h8M33 9h8"/></svg>',
  nextStep: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="40" height="40" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round">' +
    '<path d="M24 44V4"/><path d="M24 8h14l5 5-5 5H24z"/><path d="M24 22H10l-5 5 5 5h14"/></svg>',
};

export function surveyLabel(lang: InfoLanguage, key: SurveyLabelKey): string {
  return surveyTexts[lang].labels[key];
}
