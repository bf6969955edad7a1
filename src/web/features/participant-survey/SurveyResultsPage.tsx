import { Alert, Button, Heading, Link as DsLink, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, formErrorsFrom } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { isCentreRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { pageLanguages, languageInfo } from '../participant-page/types.ts';
import { surveyTexts } from '../../../content/participant-survey/texts.ts';
import { previousPeriod, surveyPeriod } from '../../../domain/participant-survey.ts';
import { surveyResultsQuery, type QuestionResult, type ShownCount } from './surveyApi.ts';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { SURVEY_COMMENT_MAX } from '../../../domain/text-limits.ts';

const questions = ['useful', 'interpreter', 'nextStep'] as const;

/**
 * The centre's view of its participants' survey (issue 14): response rate against HK-dir's 11 %, each question per
 * quarter and per language, and the free texts — every figure suppressed under five, as the answers are anonymous.
 * Paper forms are printed here and typed in here.
 */
export function SurveyResultsPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('survey.title'));
  const results = useQuery({ ...surveyResultsQuery(), enabled: isCentreRole(me.role) });
  if (!isCentreRole(me.role)) return <NotFoundPage />;
  const count = (c: ShownCount) => (c === 'under-5' ? t('survey.under5') : c === 'hidden' ? t('survey.hidden') : String(c));
  const mean = (q: QuestionResult) => (q.mean === null ? t('survey.hidden') : q.mean.toLocaleString('nb-NO', { minimumFractionDigits: 1 }));
  return (
    <div className="stack-xl contained-tables">
      <div>
        <Heading level={1} data-size="lg">{t('survey.title')}</Heading>
        <Paragraph className="muted">{me.organisation?.name}</Paragraph>
        <Paragraph>{t('survey.intro')}</Paragraph>
        {results.data ? <Paragraph>{t('survey.hkdir', { hkdir: results.data.hkdirResponseRate })}</Paragraph> : null}
        <Paragraph>
          <DsLink asChild><Link to="/karrieresenter/sporreundersokelse/skjema">{t('survey.paper.printLink')}</Link></DsLink>
        </Paragraph>
      </div>
      {results.isPending ? <Loading /> : null}
      {results.isError ? <ErrorAlert error={results.error} /> : null}
      {results.data ? results.data.periods.map((p) => (
        <section key={p.period} aria-labelledby={`period-${p.period}`} className="stack" data-testid="survey-period">
          <Heading level={2} data-size="sm" id={`period-${p.period}`}>{t('survey.periodHeading', { year: p.period.slice(0, 4), q: p.period.slice(6) })}</Heading>
          <Paragraph data-testid="survey-rate">
            {p.responseRate === null
              ? t('survey.rateHidden', { answers: count(p.answers), guided: count(p.guided) })
              : t('survey.rate', { rate: p.responseRate.toLocaleString('nb-NO'), answers: count(p.answers), guided: count(p.guided) })}
            {' '}{t('survey.paperCount', { paper: count(p.paper) })}
          </Paragraph>
          <DataTable labelledBy={`period-${p.period}`} headers={[t('survey.question'), t('survey.answered'), t('survey.mean'), t('survey.positive'), ...[1, 2, 3, 4, 5].map((s) => t('survey.step', { step: s }))]}>
            {questions.map((q) => (
              <Table.Row key={q}>
                <Table.Cell>{t(`survey.q.${q}`)}</Table.Cell>
                <Table.Cell>{count(p.questions[q].answered)}</Table.Cell>
                <Table.Cell>{mean(p.questions[q])}</Table.Cell>
                <Table.Cell>{p.questions[q].positiveShare === null ? t('survey.hidden') : `${p.questions[q].positiveShare} %`}</Table.Cell>
                {p.questions[q].distribution.map((c, i) => <Table.Cell key={i}>{count(c)}</Table.Cell>)}
              </Table.Row>
            ))}
          </DataTable>
          {p.languages.length > 0 ? (
            <>
              <Heading level={3} data-size="xs" id={`lang-${p.period}`}>{t('survey.byLanguage')}</Heading>
              <DataTable labelledBy={`lang-${p.period}`} headers={[t('survey.language'), t('survey.answers'), ...questions.map((q) => t(`survey.qShort.${q}`))]}>
                {p.languages.map((l) => (
                  <Table.Row key={l.language}>
                    <Table.Cell><span lang={languageInfo[l.language].htmlLang}>{languageInfo[l.language].nativeName}</span></Table.Cell>
                    <Table.Cell>{count(l.answers)}</Table.Cell>
                    {questions.map((q) => <Table.Cell key={q}>{l.questions ? mean(l.questions[q]) : t('survey.hidden')}</Table.Cell>)}
                  </Table.Row>
                ))}
              </DataTable>
            </>
          ) : null}
          {p.comments.length > 0 ? (
            <>
              <Heading level={3} data-size="xs">{t('survey.comments')}</Heading>
              <ul className="stack-sm mixed-direction-list">{p.comments.map((c, i) => <li key={i} dir="auto">{c}</li>)}</ul>
            </>
          ) : null}
        </section>
      )) : null}
      <PaperEntryForm />
    </div>
  );
}

type StepValue = '' | '1' | '2' | '3' | '4' | '5';

/** Types in one paper form: the form's language, its quarter, and the ticked boxes. Nothing about the person. */
function PaperEntryForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = surveyPeriod();
  const empty = { language: 'nb', period: current, useful: '' as StepValue, interpreter: '' as StepValue | 'none', nextStep: '' as StepValue, comment: '' };
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);
  const { busy, run } = useSubmit();
  const labels: Record<string, string> = {
    language: t('survey.language'), period: t('survey.paper.period'), useful: t('survey.q.useful'), interpreter: t('survey.q.interpreter'),
    nextStep: t('survey.q.nextStep'), comment: t('survey.paper.comment'),
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setErrors({});
      setDone(false);
      try {
        await api.post('/survey/paper-answers', {
          language: form.language, period: form.period,
          useful: form.useful ? Number(form.useful) : undefined,
          interpreter: form.interpreter === 'none' ? null : form.interpreter ? Number(form.interpreter) : undefined,
          nextStep: form.nextStep ? Number(form.nextStep) : undefined,
          comment: form.comment.trim() || null,
        });
        setDone(true);
        setForm({ ...empty, language: form.language, period: form.period });
        await queryClient.invalidateQueries({ queryKey: ['survey'] });
      } catch (error) {
        const found = formErrorsFrom(error, t('errors.unexpected'));
        setErrors(found);
        setAttempt((n) => n + 1);
      }
    });
  };
  const summary = Object.entries(errors).map(([name, message]) => ({ fieldId: name === '_form' ? undefined : `paper-${name}`, label: labels[name], message }));
  const stepSelect = (name: 'useful' | 'interpreter' | 'nextStep') => (
    <SelectField id={`paper-${name}`} label={labels[name]} value={form[name]} error={errors[name]}
      onChange={(e) => setForm({ ...form, [name]: e.target.value })}>
      <Select.Option value="">{t('survey.paper.choose')}</Select.Option>
      {[5, 4, 3, 2, 1].map((s) => <Select.Option key={s} value={String(s)}>{`${s} – ${surveyTexts.nb.scale[s - 1]}`}</Select.Option>)}
      {name === 'interpreter' ? <Select.Option value="none">{surveyTexts.nb.labels.noInterpreter}</Select.Option> : null}
    </SelectField>
  );
  return (
    <form onSubmit={submit} noValidate className="stack" aria-labelledby="paper-heading">
      <Heading level={2} data-size="sm" id="paper-heading">{t('survey.paper.heading')}</Heading>
      <Paragraph data-size="sm">{t('survey.paper.help')}</Paragraph>
      <FormErrorSummary key={attempt} errors={summary} />
      {done ? <Alert data-color="success" role="status" data-size="sm">{t('survey.paper.done')}</Alert> : null}
      <div className="field-pair">
        <SelectField id="paper-language" label={labels.language} value={form.language} error={errors.language}
          onChange={(e) => setForm({ ...form, language: e.target.value })}>
          {pageLanguages.map((l) => <Select.Option key={l} value={l}>{languageInfo[l].nativeName}</Select.Option>)}
        </SelectField>
        <SelectField id="paper-period" label={labels.period} value={form.period} error={errors.period}
          onChange={(e) => setForm({ ...form, period: e.target.value as typeof current })}>
          {[current, previousPeriod(current)].map((p) => <Select.Option key={p} value={p}>{p}</Select.Option>)}
        </SelectField>
        {stepSelect('useful')}
        {stepSelect('interpreter')}
        {stepSelect('nextStep')}
      </div>
      <LimitedTextfield limit={SURVEY_COMMENT_MAX} id="paper-comment" multiline rows={3} label={labels.comment} value={form.comment} error={errors.comment} dir="auto"
        onChange={(e) => setForm({ ...form, comment: e.target.value })} />
      <div><Button type="submit" loading={busy} disabled={busy}>{t('survey.paper.submit')}</Button></div>
    </form>
  );
}
