import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Radio, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { canSeeParticipants, isCentreRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { scaleQuestions, surveySteps, textQuestions, type ScaleQuestion } from '../../../domain/gathering.ts';
import { gatheringPath, gatheringQuery, gatheringsKey, resultsQuery, type Gathering, type ScaleResult } from './gatheringApi.ts';
import './gatherings.css';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { gatheringLimits } from '../../../domain/text-limits.ts';

/**
 * `/samlinger/:id/evaluering`: the short survey after the gathering, the questions of HK-dir's survey that seed 000
 * reports. The answer is stored without the person's name (the page says so).
 */
export function SurveyPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { id = '' } = useParams();
  const allowed = canSeeParticipants(me.role);
  const gathering = useQuery({ ...gatheringQuery(id), enabled: allowed });
  useDocumentTitle(t('gatherings.survey.title'));
  const [scale, setScale] = useState<Record<ScaleQuestion, number | null>>({ usefulness: null, strengthenedCooperation: null });
  const [items, setItems] = useState<string[]>([]);
  const [texts, setTexts] = useState({ improve: '', followUp: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const { busy, run } = useSubmit();
  if (!allowed) return <NotFoundPage />;
  if (gathering.isPending) return <Loading />;
  if (gathering.isError) return <ErrorAlert error={gathering.error} />;
  const g = gathering.data;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setErrors({});
      try {
        const next = await api.post<Gathering>(`/gatherings/${g.id}/survey`, { ...scale, helpfulItemIds: items, ...texts });
        queryClient.setQueryData(gatheringQuery(g.id).queryKey, next);
        await queryClient.invalidateQueries({ queryKey: gatheringsKey });
        await navigate(gatheringPath(g.id));
      } catch (error) {
        const found: Record<string, string> = {};
        if (isApiError(error)) {
          for (const { path, message } of error.fields) found[path.split('.')[0] || '_form'] ??= message;
          if (error.fields.length === 0) found['_form'] = error.message;
        } else found['_form'] = t('errors.unexpected');
        setErrors(found);
        setAttempt((n) => n + 1);
      }
    });
  };
  const summary = Object.entries(errors).map(([name, message]) => ({
    fieldId: name === '_form' ? undefined : `survey-${name}`, label: name === '_form' ? undefined : t(`gatherings.survey.q.${name}`), message,
  }));

  return (
    <div className="stack-lg">
      <div className="stack-sm">
        <Paragraph data-size="sm"><Link to={gatheringPath(g.id)}>{g.title}</Link></Paragraph>
        <Heading level={1} data-size="lg">{t('gatherings.survey.title')}</Heading>
        <Paragraph>{t('gatherings.survey.intro')}</Paragraph>
      </div>
      {g.you.answeredSurvey ? <Alert data-color="info">{t('gatherings.you.answered')}</Alert> : null}
      {!g.you.canAnswerSurvey && !g.you.answeredSurvey ? <Alert data-color="info">{t('gatherings.survey.notOpen')}</Alert> : null}
      {g.you.canAnswerSurvey ? (
        <form onSubmit={submit} noValidate className="stack-lg" aria-labelledby="survey-heading">
          <Heading level={2} data-size="sm" id="survey-heading" className="visually-hidden">{t('gatherings.survey.title')}</Heading>
          <FormErrorSummary key={attempt} errors={summary} />
          {scaleQuestions.map((q) => (
            <Fieldset key={q}>
              <Fieldset.Legend>{t(`gatherings.survey.q.${q}`)}</Fieldset.Legend>
              {errors[q] ? <ValidationMessage>{errors[q]}</ValidationMessage> : null}
              {surveySteps.map((step) => (
                <Radio key={step} id={step === 1 ? `survey-${q}` : undefined} name={`survey-${q}`} value={String(step)}
                  label={t(`gatherings.survey.scale.${q}.${step}`)} checked={scale[q] === step} onChange={() => setScale({ ...scale, [q]: step })} />
              ))}
            </Fieldset>
          ))}
          {g.programme.length > 0 ? (
            <Fieldset>
              <Fieldset.Legend>{t('gatherings.survey.q.helpfulItemIds')}</Fieldset.Legend>
              <Fieldset.Description>{t('gatherings.survey.helpfulHelp')}</Fieldset.Description>
              {g.programme.map((item, n) => (
                <Checkbox key={item.id} id={n === 0 ? 'survey-helpfulItemIds' : undefined} label={item.title} checked={items.includes(item.id)}
                  onChange={(e) => setItems(e.target.checked ? [...items, item.id] : items.filter((x) => x !== item.id))} />
              ))}
            </Fieldset>
          ) : null}
          {textQuestions.map((q) => (
            <LimitedTextfield limit={gatheringLimits.freeText} key={q} id={`survey-${q}`} multiline rows={4} label={t(`gatherings.survey.q.${q}`)} description={t('gatherings.survey.noNames')}
              value={texts[q]} error={errors[q]} onChange={(e) => setTexts({ ...texts, [q]: e.target.value })} />
          ))}
          <div><Button type="submit" loading={busy} disabled={busy}>{t('gatherings.survey.submit')}</Button></div>
        </form>
      ) : null}
    </div>
  );
}

function ScaleTable({ id, result, question }: { id: string; result: ScaleResult; question: ScaleQuestion }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="stack-sm">
      <Heading level={2} data-size="sm" id={id}>{t(`gatherings.survey.q.${question}`)}</Heading>
      {result.hidden ? null : (
        <>
          <Paragraph data-size="sm">{t(`gatherings.results.topTwo.${question}`, { share: result.topTwoShare, top: result.topShare })}</Paragraph>
          <DataTable labelledBy={id} headers={[t('gatherings.results.answer'), t('gatherings.results.count'), t('gatherings.results.share')]}>
            {[...result.steps].reverse().map((s) => (
              <Table.Row key={s.step}>
                <Table.Cell>{t(`gatherings.survey.scale.${question}.${s.step}`)}</Table.Cell>
                <Table.Cell>{s.count}</Table.Cell>
                <Table.Cell>{s.share === null ? '–' : `${s.share} %`}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}

/** `/samlinger/:id/resultater`: counts, shares and free texts without names; nothing but the count below five answers. */
export function ResultsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { id = '' } = useParams();
  const allowed = isCentreRole(me.role);
  const gathering = useQuery({ ...gatheringQuery(id), enabled: allowed });
  const results = useQuery({ ...resultsQuery(id), enabled: allowed });
  useDocumentTitle(t('gatherings.results.heading'));
  if (!allowed) return <NotFoundPage />;
  if (results.isPending || gathering.isPending) return <Loading />;
  if (results.isError) return <ErrorAlert error={results.error} />;
  if (gathering.isError) return <ErrorAlert error={gathering.error} />;
  const r = results.data;
  return (
    <div className="stack-lg">
      <div className="stack-sm">
        <Paragraph data-size="sm"><Link to={gatheringPath(id)}>{gathering.data.title}</Link></Paragraph>
        <Heading level={1} data-size="lg">{t('gatherings.results.heading')}</Heading>
        <Paragraph>{t('gatherings.results.base', { answers: r.answers, registered: r.registered })}</Paragraph>
      </div>
      {r.usefulness.hidden ? <Alert data-color="info">{t('gatherings.results.hidden', { minimum: r.minimum })}</Alert> : null}
      <ScaleTable id="usefulness-heading" result={r.usefulness} question="usefulness" />
      <ScaleTable id="cooperation-heading" result={r.strengthenedCooperation} question="strengthenedCooperation" />
      {r.usefulness.hidden ? null : (
        <section aria-labelledby="items-heading" className="stack-sm">
          <Heading level={2} data-size="sm" id="items-heading">{t('gatherings.survey.q.helpfulItemIds')}</Heading>
          <DataTable labelledBy="items-heading" headers={[t('gatherings.results.item'), t('gatherings.results.count'), t('gatherings.results.share')]}>
            {r.helpfulItems.map((i) => (
              <Table.Row key={i.itemId}>
                <Table.Cell>{i.title}</Table.Cell>
                <Table.Cell>{i.count}</Table.Cell>
                <Table.Cell>{i.share === null ? '–' : `${i.share} %`}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        </section>
      )}
      {(['improve', 'followUp'] as const).map((q) => (r[q] ? (
        <section key={q} aria-labelledby={`${q}-heading`} className="stack-sm">
          <Heading level={2} data-size="sm" id={`${q}-heading`}>{t(`gatherings.survey.q.${q}`)}</Heading>
          {r[q]!.length === 0 ? <Paragraph data-size="sm">{t('gatherings.results.noTexts')}</Paragraph> : (
            <ul className="stack-sm free-text-list">{r[q]!.map((text, n) => <li key={n}>{text}</li>)}</ul>
          )}
        </section>
      ) : null))}
    </div>
  );
}
