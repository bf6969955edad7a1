import { Alert, Button, Heading, Paragraph, Select, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, formErrorsFrom } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { formatDate } from '../../format.ts';
import { isCentreRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { evaluationScores, frameworkAreas, frameworkSource, type FrameworkAreaKey } from '../../../domain/quality-framework.ts';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { EVALUATION_TEXT_MAX } from '../../../domain/text-limits.ts';
import type { z } from 'zod';
import type { countySummary, evaluationJson, evaluationList } from '../../../server/features/quality/schemas.ts';

type Evaluation = z.output<typeof evaluationJson>;
type ListItem = z.output<typeof evaluationList>['items'][number];
type County = z.output<typeof countySummary>;

const thisYear = () => Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' }).slice(0, 4));

/**
 * The centre's yearly self-evaluation against the national quality framework (issue 14): per area a score,
 * the evidence and an improvement action. The lead writes this year's; earlier years are read as they were
 * written. The county's centre leads (and the statistics reader, nationally) see the scores of the county's
 * centres side by side, never the texts.
 */
export function QualityPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('quality.title'));
  const centre = isCentreRole(me.role);
  const county = me.role === 'career-centre-lead' || me.role === 'statistics-reader';
  const list = useQuery({ queryKey: ['quality', 'list'], queryFn: () => api.get<{ items: ListItem[] }>('/quality-evaluations'), enabled: centre });
  const [chosen, setChosen] = useState<string | null>(null);
  if (!centre && !county) return <NotFoundPage />;
  const current = list.data?.items.find((i) => i.year === thisYear());
  const lang = i18n.language.startsWith('en') ? 'en' : 'nb';
  return (
    <div className="stack-xl contained-tables">
      <div>
        <Heading level={1} data-size="lg">{t('quality.title')}</Heading>
        {me.organisation ? <Paragraph className="muted">{me.organisation.name}</Paragraph> : null}
        <Paragraph>{t('quality.intro')}</Paragraph>
        <Paragraph data-size="sm" className="muted">{t('quality.source', { date: frameworkSource.effectiveFrom.slice(0, 4) })}</Paragraph>
      </div>
      {centre ? (
        <>
          {list.isPending ? <Loading /> : null}
          {list.isError ? <ErrorAlert error={list.error} /> : null}
          {list.data ? (
            <EvaluationEditor id={current?.id ?? null} lead={me.role === 'career-centre-lead'} lang={lang} />
          ) : null}
          {list.data && list.data.items.some((i) => i.year !== thisYear()) ? (
            <section aria-labelledby="quality-earlier" className="stack">
              <Heading level={2} data-size="sm" id="quality-earlier">{t('quality.earlier')}</Heading>
              <ul className="stack-sm">
                {list.data.items.filter((i) => i.year !== thisYear()).map((i) => (
                  <li key={i.id}>
                    <Button variant="tertiary" data-size="sm" className="wrap-button" aria-expanded={chosen === i.id} onClick={() => setChosen(chosen === i.id ? null : i.id)}>
                      {t('quality.yearSummary', { year: i.year, scored: i.summary.scored, of: i.summary.of, average: i.summary.average ?? '–' })}
                    </Button>
                    {chosen === i.id ? <ReadOnlyEvaluation id={i.id} lang={lang} /> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
      {county ? <CountySection lang={lang} /> : null}
    </div>
  );
}

function useEvaluation(id: string | null) {
  return useQuery({ queryKey: ['quality', 'one', id], queryFn: () => api.get<Evaluation>(`/quality-evaluations/${id}`), enabled: id !== null });
}

function ReadOnlyEvaluation({ id, lang }: { id: string; lang: 'nb' | 'en' }) {
  const { t } = useTranslation();
  const one = useEvaluation(id);
  if (one.isPending) return <Loading />;
  if (one.isError) return <ErrorAlert error={one.error} />;
  return (
    <div className="stack" data-testid="quality-earlier-year">
      {one.data.areas.map((a) => {
        const f = frameworkAreas.find((x) => x.key === a.area)!;
        return (
          <div key={a.area} className="pp-card stack-sm">
            <Heading level={3} data-size="xs">{f.heading[lang]}</Heading>
            <Paragraph data-size="sm">{t('quality.score')}: {a.score ?? '–'}</Paragraph>
            <Paragraph data-size="sm"><strong>{t('quality.evidence')}:</strong> {a.evidence || '–'}</Paragraph>
            <Paragraph data-size="sm"><strong>{t('quality.improvement')}:</strong> {a.improvement || '–'}</Paragraph>
          </div>
        );
      })}
    </div>
  );
}

type Draft = Record<FrameworkAreaKey, { score: string; evidence: string; improvement: string }>;

function EvaluationEditor({ id, lead, lang }: { id: string | null; lead: boolean; lang: 'nb' | 'en' }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const one = useEvaluation(id);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const { busy, run } = useSubmit();
  if (id && one.isPending) return <Loading />;
  if (one.isError) return <ErrorAlert error={one.error} />;
  const base: Draft = Object.fromEntries(frameworkAreas.map((f) => {
    const a = one.data?.areas.find((x) => x.area === f.key);
    return [f.key, { score: a?.score ? String(a.score) : '', evidence: a?.evidence ?? '', improvement: a?.improvement ?? '' }];
  })) as Draft;
  const form = draft ?? base;
  const set = (key: FrameworkAreaKey, field: 'score' | 'evidence' | 'improvement', value: string) => setDraft({ ...form, [key]: { ...form[key], [field]: value } });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setErrors({});
      setSaved(false);
      try {
        await api.put('/quality-evaluations/current', {
          areas: frameworkAreas.map((f) => ({ area: f.key, score: form[f.key].score ? Number(form[f.key].score) : null, evidence: form[f.key].evidence, improvement: form[f.key].improvement })),
          version: one.data?.version ?? null,
        });
        setSaved(true);
        setDraft(null);
        await queryClient.invalidateQueries({ queryKey: ['quality'] });
      } catch (error) {
        const found = formErrorsFrom(error, t('errors.unexpected'));
        setErrors(found);
        setAttempt((n) => n + 1);
      }
    });
  };
  const fieldId = (path: string) => {
    const m = /^areas\.(\d+)\.(\w+)$/.exec(path);
    return m ? `quality-${frameworkAreas[Number(m[1])]?.key}-${m[2]}` : undefined;
  };
  const summary = Object.entries(errors).map(([path, message]) => ({ fieldId: fieldId(path), label: path === '_form' ? undefined : t('quality.field'), message }));
  return (
    <form onSubmit={submit} noValidate className="stack" aria-labelledby="quality-current">
      <Heading level={2} data-size="sm" id="quality-current">{t('quality.current', { year: thisYear() })}</Heading>
      {one.data ? <Paragraph data-size="sm" className="muted">{t('quality.lastSaved', { name: one.data.updatedBy, date: formatDate(one.data.updatedAt.slice(0, 10)) })}</Paragraph> : null}
      {!lead ? <Paragraph data-size="sm">{t('quality.readOnly')}</Paragraph> : null}
      <FormErrorSummary key={attempt} errors={summary} />
      {saved ? <Alert data-color="success" role="status" data-size="sm">{t('quality.saved')}</Alert> : null}
      {frameworkAreas.map((f) => (
        <fieldset key={f.key} className="pp-card stack survey-question" aria-labelledby={`quality-${f.key}-legend`} data-testid={`quality-area-${f.key}`}>
          <legend id={`quality-${f.key}-legend`} className="survey-question__legend">{f.heading[lang]}</legend>
          <Paragraph data-size="sm"><em lang={lang === 'en' ? 'en' : 'nb'}>{f.question[lang]}</em></Paragraph>
          <div className="field-pair">
            <SelectField id={`quality-${f.key}-score`} label={t('quality.score')} value={form[f.key].score} disabled={!lead}
              onChange={(e) => set(f.key, 'score', e.target.value)}>
              <Select.Option value="">{t('quality.noScore')}</Select.Option>
              {evaluationScores.map((s) => <Select.Option key={s} value={String(s)}>{t(`quality.scores.${s}`)}</Select.Option>)}
            </SelectField>
          </div>
          <LimitedTextfield limit={EVALUATION_TEXT_MAX} id={`quality-${f.key}-evidence`} multiline rows={3} label={t('quality.evidence')} value={form[f.key].evidence} readOnly={!lead}
            onChange={(e) => set(f.key, 'evidence', e.target.value)} />
          <LimitedTextfield limit={EVALUATION_TEXT_MAX} id={`quality-${f.key}-improvement`} multiline rows={2} label={t('quality.improvement')} value={form[f.key].improvement} readOnly={!lead}
            onChange={(e) => set(f.key, 'improvement', e.target.value)} />
        </fieldset>
      ))}
      {lead ? <div><Button type="submit" loading={busy} disabled={busy}>{t('quality.save')}</Button></div> : null}
    </form>
  );
}

function CountySection({ lang }: { lang: 'nb' | 'en' }) {
  const { t } = useTranslation();
  const county = useQuery({ queryKey: ['quality', 'county'], queryFn: () => api.get<County>('/quality-evaluations/county') });
  return (
    <section aria-labelledby="quality-county" className="stack" data-testid="quality-county">
      <Heading level={2} data-size="sm" id="quality-county">{t('quality.countyHeading')}</Heading>
      <Paragraph data-size="sm">{county.data?.scope === 'national' ? t('quality.countyNational') : t('quality.countyIntro')}</Paragraph>
      {county.isPending ? <Loading /> : null}
      {county.isError ? <ErrorAlert error={county.error} /> : null}
      {county.data ? (
        <DataTable labelledBy="quality-county" headers={[t('quality.centre'), t('quality.year'), ...frameworkAreas.map((f) => f.heading[lang]), t('quality.average')]}>
          {county.data.items.flatMap((c) => (c.years.length ? c.years : [null]).map((y) => (
            <Table.Row key={`${c.centre.id}-${y?.year ?? 'none'}`}>
              <Table.Cell>{c.centre.name}{c.county ? <span className="muted"> ({c.county})</span> : null}</Table.Cell>
              <Table.Cell>{y ? y.year : <Tag data-size="sm" data-color="warning">{t('quality.none')}</Tag>}</Table.Cell>
              {frameworkAreas.map((f) => <Table.Cell key={f.key}>{y?.areas.find((a) => a.area === f.key)?.score ?? '–'}</Table.Cell>)}
              <Table.Cell>{y?.summary.average ?? '–'}</Table.Cell>
            </Table.Row>
          )))}
        </DataTable>
      ) : null}
    </section>
  );
}
