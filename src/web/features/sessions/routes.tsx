// The printable session pages (invitation letter, interpreter briefing), loaded on demand (route `lazy`).
export { LetterPage } from './LetterPage.tsx';
export { InterpreterBriefingPage } from './InterpreterBriefingPage.tsx';
