import { questionPictograms, scaleFaces, surveyTexts } from '../../../content/participant-survey/texts.ts';
import type { PageLanguage } from '../participant-page/types.ts';

export type Question = 'useful' | 'interpreter' | 'nextStep';

/**
 * One question as a group of five large choices, each a face and a short word: a reader who cannot read the words
 * can still answer by the faces. Native radio buttons, so keyboard and screen readers work as everywhere; the
 * pictogram beside the question is decoration (the legend says it). Right to left, the row runs from the right.
 * `printable` draws empty boxes to tick on paper instead of live radio buttons.
 */
export function SurveyScale({
  question, lang, value, onChange, error, extra, printable = false, idPrefix = 'survey',
}: {
  question: Question; lang: PageLanguage; value?: number | 'none' | null; onChange?: (v: number | 'none') => void; error?: string;
  /** An extra choice after the five steps ("I had no interpreter"). */
  extra?: string; printable?: boolean; idPrefix?: string;
}) {
  const texts = surveyTexts[lang];
  const legendId = `${idPrefix}-${question}-legend`;
  const errorId = `${idPrefix}-${question}-error`;
  const choice = (v: number | 'none', label: string, face: string | null) => {
    const id = `${idPrefix}-${question}-${v}`;
    return (
      <li key={String(v)} className={face ? 'survey-choice' : 'survey-choice survey-choice--extra'}>
        {printable ? <span className="survey-box" aria-hidden="true" /> : (
          <input type="radio" id={id} name={`${idPrefix}-${question}`} value={String(v)} checked={value === v}
            onChange={() => onChange?.(v)} aria-describedby={error ? errorId : undefined} />
        )}
        <label htmlFor={printable ? undefined : id}>
          {face ? <span className="survey-face" aria-hidden="true" dangerouslySetInnerHTML={{ __html: face }} /> : null}
          <span className="survey-choice__label">{label}</span>
        </label>
      </li>
    );
  };
  return (
    <fieldset className={error ? 'survey-question survey-question--error' : 'survey-question'} aria-labelledby={legendId} data-testid={`survey-${question}`}>
      <legend id={legendId} className="survey-question__legend">
        <span className="pp-picto" aria-hidden="true" dangerouslySetInnerHTML={{ __html: questionPictograms[question] }} />
        <span>{texts.labels[question]}</span>
      </legend>
      {error ? <p className="survey-error" id={errorId}>{error}</p> : null}
      <ul className="survey-choices">
        {texts.scale.map((label, i) => choice(i + 1, label, scaleFaces[i]!))}
        {extra ? choice('none', extra, null) : null}
      </ul>
    </fieldset>
  );
}
