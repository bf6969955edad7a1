import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api } from '../../api.ts';
import { surveyTexts } from '../../../content/participant-survey/texts.ts';
import { SURVEY_COMMENT_MAX } from '../../../domain/participant-survey.ts';
import type { PageLanguage } from '../participant-page/types.ts';
import { SurveyScale, type Question } from './SurveyScale.tsx';
import type { z } from 'zod';
import type { surveyStateJson } from '../../../server/features/participant-survey/schemas.ts';

type Answers = Partial<Record<Question, number | 'none'>>;
const questions: Question[] = ['useful', 'interpreter', 'nextStep'];

/**
 * The anonymous survey on the participant's page (issue 14), shown once guidance has been held. Three questions,
 * faces for the five steps, in the page's language. What is sent holds the answers and the language only; the
 * server keeps no link between the answer and the person (db/schema-survey.ts).
 *
 * Why it should be answered more often than HK-dir's 11 %: it is on the page the participant already opens, in
 * their own language, one screen long, answerable by pictures, with no e-mail, login or name, and the counsellor
 * can hand over the same form on paper.
 */
export function SurveySection({ token, lang }: { token: string; lang: PageLanguage }) {
  const texts = surveyTexts[lang];
  const queryClient = useQueryClient();
  const state = useQuery({
    queryKey: ['public-survey', token],
    queryFn: () => api.get<z.output<typeof surveyStateJson>>(`/p/${encodeURIComponent(token)}/survey`),
    retry: false,
  });
  const [answers, setAnswers] = useState<Answers>({});
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<Question[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const send = useMutation({
    mutationFn: () => api.post<{ status: 'answered' }>(`/p/${encodeURIComponent(token)}/survey`, {
      language: lang,
      useful: answers.useful,
      interpreter: answers.interpreter === 'none' ? null : answers.interpreter,
      nextStep: answers.nextStep,
      comment: comment.trim() || null,
    }),
    onSuccess: () => {
      queryClient.setQueryData(['public-survey', token], { status: 'answered' });
      headingRef.current?.focus();
    },
  });

  if (!state.data || state.data.status === 'not-yet') return null;
  const answered = state.data.status === 'answered';

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const gaps = questions.filter((q) => answers[q] === undefined);
    setMissing(gaps);
    if (gaps.length) {
      document.getElementById(`survey-${gaps[0]}-1`)?.focus();
      return;
    }
    if (!send.isPending) send.mutate();
  };

  return (
    <section aria-labelledby="pp-survey" className="stack pp-card survey" data-testid="survey">
      <Heading level={2} data-size="sm" id="pp-survey" ref={headingRef} tabIndex={-1}>{texts.labels.title}</Heading>
      {answered ? (
        <Alert data-color="success" role="status" data-testid="survey-thanks">
          <Paragraph>{send.isSuccess ? texts.labels.thanks : texts.labels.alreadyAnswered}</Paragraph>
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate className="stack">
          <Paragraph>{texts.labels.intro}</Paragraph>
          <Paragraph data-size="sm" className="pp-muted">{texts.labels.anonymous}</Paragraph>
          {texts.status === 'draft' ? <p className="pp-translation" data-status="draft">{texts.labels.draft}</p> : null}
          {questions.map((q) => (
            <SurveyScale
              key={q} question={q} lang={lang} value={answers[q]}
              onChange={(v) => { setAnswers((a) => ({ ...a, [q]: v })); setMissing((m) => m.filter((x) => x !== q)); }}
              error={missing.includes(q) ? texts.labels.required : undefined}
              extra={q === 'interpreter' ? texts.labels.noInterpreter : undefined}
            />
          ))}
          <Textfield
            id="survey-comment" multiline rows={3} label={texts.labels.comment} maxLength={SURVEY_COMMENT_MAX} value={comment}
            onChange={(e) => setComment(e.target.value)} dir="auto"
          />
          {send.isError ? <Alert data-color="danger" role="alert"><Paragraph>{texts.labels.failed}</Paragraph></Alert> : null}
          <div>
            <Button type="submit" loading={send.isPending} disabled={send.isPending}>{texts.labels.submit}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
