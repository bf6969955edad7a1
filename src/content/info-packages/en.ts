/** English translation of the information package (source: nb.ts). */
import type { LanguageTexts } from './sections.ts';

export const en: LanguageTexts = {
  translation: {
    status: 'draft',
    note: 'Utkast oversatt av utviklerne fra bokmål. Ikke gjennomgått av en kvalifisert oversetter.',
  },
  sections: {
    'what-is-guidance': {
      heading: 'What is career guidance?',
      paragraphs: [
        'Career guidance is a conversation about work and education.',
        'You talk with a career counsellor. The counsellor works at the county’s career centre.',
        'You talk about what you can do and what you want. You look at your options in Norway.',
        'The goal is that you can choose work or education with good knowledge.',
      ],
    },
    'session-what-happens': {
      heading: 'What happens in the session?',
      paragraphs: [
        'The municipality books an appointment for you. You are told the time and place.',
        'The session can be in the municipality, at the career centre or on video.',
        'The session often lasts about one hour. Sometimes your programme adviser also takes part.',
        'The counsellor asks about school, work and your wishes. You can ask about anything you wonder about.',
        'In some places you get two sessions. Some places also have guidance in groups.',
      ],
    },
    'session-interpreter': {
      heading: 'You can have an interpreter',
      paragraphs: [
        'You can have an interpreter in the session. You do not pay for the interpreter.',
        'Tell the municipality which language you want to speak.',
        'The interpreter and the counsellor have a duty of confidentiality.',
        'Say so if you do not understand the interpreter.',
      ],
    },
    'session-after': {
      heading: 'After the session',
      paragraphs: [
        'After the session the counsellor writes a note.',
        'The note can give advice about work or education. The municipality gets the note.',
        'The advice is not a decision. The municipality plans your programme together with you.',
        'The counsellor can also send you links and information by e-mail.',
        'Nobody can promise you a particular job or a place at a school.',
      ],
    },
    'right-and-duty': {
      heading: 'You have a right and a duty to career guidance',
      paragraphs: [
        'You have a right and a duty to career guidance. This is in section 11 of the Integration Act.',
        'This applies to refugees and their families who are between 18 and 55 years old.',
        'Duty means that you must come to the session.',
        'Can you not come? Tell your programme adviser as early as possible.',
        'Sometimes it is best to wait with the guidance. Then the municipality writes in your plan roughly when it will come.',
      ],
    },
    'right-only': {
      heading: 'You have a right to career guidance, but no duty',
      paragraphs: [
        'You have a right to career guidance. You have no duty.',
        'This applies to you if you have temporary collective protection. This includes many people from Ukraine.',
        'You choose yourself whether you want guidance.',
        'The guidance can be in a group together with others.',
      ],
    },
    'guidance-for-everyone': {
      heading: 'Everyone can get free career guidance',
      paragraphs: [
        'Everyone who lives in a county can get free guidance at the career centre.',
        'You can also chat with or call karriereveiledning.no.',
        'You can ask for guidance later too. For example when your programme will soon end.',
      ],
    },
    'where-to-ask': {
      heading: 'Where can you ask?',
      paragraphs: [
        'Ask your programme adviser in the municipality.',
        'You can also ask the career centre in your county.',
        'You can ask for an interpreter when you ask.',
        'Rules can change. Ask if you are unsure what applies to you.',
      ],
    },
    'education-system-overview': {
      heading: 'School and education in Norway',
      paragraphs: [
        'Primary and lower secondary school takes ten years. Children go there from age six until they are 16.',
        'After that comes upper secondary education. It usually takes three or four years.',
        'Upper secondary can qualify you for higher education, or give you a trade certificate («fagbrev»). With the first you can apply to universities and colleges.',
        'After upper secondary you can study at a university, a university college or a vocational college.',
        'Adults can also take primary and upper secondary school. The education is free for adults who have a right to it.',
      ],
    },
    'education-system-no-schooling': {
      heading: 'You can learn to read and write',
      paragraphs: [
        'Many adults in Norway go to school.',
        'You can learn to read and write.',
        'The municipality has primary school for adults.',
        'You do not need to know Norwegian before you start.',
        'School can be part of the introduction programme.',
        'Learning takes time. That is quite normal.',
      ],
    },
    'education-system-primary': {
      heading: 'Finishing primary school as an adult',
      paragraphs: [
        'Have you been to school for some years? Then you can finish primary school for adults in the municipality.',
        'Before you start, you are offered an assessment of what you already know.',
        'The municipality cannot require you to know Norwegian before you start.',
        'Primary school can be part of the introduction programme. Afterwards you can go on to upper secondary.',
      ],
    },
    'education-system-upper-secondary': {
      heading: 'Upper secondary, trade certificates and jobs',
      paragraphs: [
        'Upper secondary school from another country is not always recognised in Norway. Then you can take the subjects you lack as an adult.',
        'Many jobs in Norway have a trade certificate («fagbrev»). You can get one as an apprentice in a company.',
        'Have you worked at least five years in a trade? Then you may be able to take the trade test as an experienced worker («praksiskandidat»).',
        'The county is responsible for upper secondary education for adults. What is offered differs from county to county.',
      ],
    },
    'education-system-higher': {
      heading: 'Universities and colleges',
      paragraphs: [
        'In Norway you can study at universities, university colleges and vocational colleges.',
        'To start at a university or college you need entrance qualifications and Norwegian at level B2.',
        'Some universities offer supplementary education. These are studies for people with education from another country who need to add to it.',
        'You may be able to get loans and grants from Lånekassen while you study.',
      ],
    },
    'recognition-prior-learning': {
      heading: 'What you already know counts',
      paragraphs: [
        'You know a lot from work, school and the rest of your life.',
        'An assessment of prior learning («realkompetansevurdering») shows what you can do. It can make school shorter.',
        'You do not need to know Norwegian. An interpreter can be used.',
        'Ask the municipality or the county about the assessment.',
      ],
    },
    'recognition-papers': {
      heading: 'Bring papers if you have them',
      paragraphs: [
        'Do you have papers from school or work? Bring them to the session.',
        'Diplomas, course certificates and references from work can be useful.',
        'Do you have no papers? Tell the counsellor. There are other ways to show what you can do.',
      ],
    },
    'recognition-foreign-education': {
      heading: 'Recognition of education from another country',
      paragraphs: [
        'Do you have education from another country? Then you can apply to have it recognised in Norway.',
        'The directorate HK-dir handles many of these applications.',
        'It can take a long time. That is why it is wise to apply early.',
        'Some jobs require authorisation, for example nurse and electrician. Then you must apply for authorisation too.',
      ],
    },
    'norwegian-levels-overview': {
      heading: 'Levels in Norwegian',
      paragraphs: [
        'Norwegian has levels from A1 to C1.',
        'A1 is for beginners. C1 is advanced.',
        'At A2 you manage simple conversations in everyday life.',
        'At B1 you manage most situations in everyday life.',
        'At B2 you speak quite fluently. You also understand more difficult texts.',
        'You learn Norwegian step by step. It takes time for everyone.',
      ],
    },
    'norwegian-levels-requirements': {
      heading: 'Which level do you need?',
      paragraphs: [
        'Many courses at NAV require level A2.',
        'Universities and colleges require level B2.',
        'There are also Norwegian requirements for permanent residence and citizenship.',
        'The requirements can change. Ask your programme adviser what applies to you.',
      ],
    },
    'norwegian-levels-learning': {
      heading: 'Learning Norwegian when you have had little schooling',
      paragraphs: [
        'Norwegian training has classes for people who have had little schooling.',
        'There you can also learn to read and write.',
        'It often goes more slowly. That is quite normal.',
        'You can also practise Norwegian in a work placement.',
      ],
    },
  },
};
