import { Alert, Button, Heading, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { isCentreRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { BriefItemUse, Checklist } from '../../types.ts';
import { useLocalized } from '../brief/BriefSection.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { NoteSettingsSection } from '../notes/FollowUpPages.tsx';
import { TalkSettingsSection } from '../talks/TalkSettingsSection.tsx';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';
import type { z } from 'zod';
import type { defaultsResult, termJson } from '../../../server/features/glossary/schemas.ts';
import type { centreHoursJson } from '../../../server/features/hours/routes.ts';

/** The career centre's own settings: the brief checklist, the glossary and (for the lead) hours per participant. */
export function CentrePage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('centre.title'));
  if (!isCentreRole(me.role)) return <NotFoundPage />;
  const lead = me.role === 'career-centre-lead';
  return (
    <div className="stack-xl">
      <div>
        <Heading level={1} data-size="lg">
          {t('centre.title')}
        </Heading>
        <Paragraph className="muted">{me.organisation?.name}</Paragraph>
      </div>
      <ChecklistSection mayEdit={lead} />
      <GlossarySection />
      {lead ? <HoursSection /> : null}
      <section aria-labelledby="centre-wordings" className="stack">
        <Heading level={2} data-size="sm" id="centre-wordings">
          {t('notes.wordings.pageTitle')}
        </Heading>
        <Paragraph>
          <Link to="/senter/formuleringer">{t('notes.wordings.manageLink')}</Link>
        </Paragraph>
      </section>
      {lead ? <NoteSettingsSection kind="centre" /> : null}
      {lead ? <TalkSettingsSection kind="centre" /> : null}
      <section aria-labelledby="centre-translations" className="stack">
        <Heading level={2} data-size="sm" id="centre-translations">
          {t('translations.title')}
        </Heading>
        <Paragraph>
          <Link to="/karrieresenter/oversettelser">{t('translations.manageLink')}</Link>
        </Paragraph>
      </section>
    </div>
  );
}

function ChecklistSection({ mayEdit }: { mayEdit: boolean }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const checklist = useQuery({
    queryKey: ['brief-checklist'],
    queryFn: () => api.get<Checklist>('/career-centre/brief-checklist'),
  });
  const [uses, setUses] = useState<Record<string, BriefItemUse>>({});
  const [staleDays, setStaleDays] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!checklist.data) return;
    setBusy(true);
    setSaved(false);
    setErrors({});
    try {
      const days = staleDays ?? String(checklist.data.staleAfterDays);
      const answer = await api.patch<Checklist>('/career-centre/brief-checklist', {
        uses: Object.fromEntries(checklist.data.items.map((item) => [item.key, uses[item.key] ?? item.use])),
        staleAfterDays: /^\d+$/.test(days.trim()) ? Number(days) : (days as unknown as number),
        version: checklist.data.version,
      });
      queryClient.setQueryData(['brief-checklist'], answer);
      await queryClient.invalidateQueries({ queryKey: ['brief'] });
      setUses({});
      setStaleDays(null);
      setSaved(true);
    } catch (error) {
      const found: Record<string, string> = {};
      if (isApiError(error)) {
        for (const { path, message } of error.fields) found[path.startsWith('uses.') ? path.slice(5) : path || '_form'] ??= message;
        if (error.fields.length === 0) found['_form'] = error.status === 409 ? t('centre.checklist.stale') : error.message;
        if (error.status === 409) await checklist.refetch();
      } else found['_form'] = t('errors.unexpected');
      setErrors(found);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const summary = Object.entries(errors).map(([name, message]) => {
    const item = checklist.data?.items.find((i) => i.key === name);
    return {
      fieldId: name === '_form' ? undefined : `checklist-${name}`,
      label: name === 'staleAfterDays' ? t('centre.checklist.staleDays') : item ? localized(item.label) : undefined,
      message,
    };
  });

  return (
    <section aria-labelledby="checklist-heading" className="stack">
      <Heading level={2} data-size="sm" id="checklist-heading">
        {t('centre.checklist.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('centre.checklist.intro')}</Paragraph>
      {checklist.isPending ? <Loading /> : null}
      {checklist.isError ? <ErrorAlert error={checklist.error} /> : null}
      {checklist.data ? (
        <form onSubmit={submit} noValidate className="stack" aria-labelledby="checklist-heading">
          <FormErrorSummary key={attempt} errors={summary} />
          {saved ? (
            <Alert data-color="success" role="status" data-size="sm">
              {t('centre.checklist.saved')}
            </Alert>
          ) : null}
          <div className="checklist-grid">
            {checklist.data.items.map((item) => (
              <SelectField
                key={item.key}
                id={`checklist-${item.key}`}
                label={
                  <>
                    {localized(item.label)}
                    {item.specialCategory ? ` (${t('brief.sensitive').toLowerCase()})` : ''}
                  </>
                }
                description={t('centre.checklist.default', { use: t(`brief.use.${item.defaultUse}`) })}
                value={uses[item.key] ?? item.use}
                disabled={!mayEdit}
                onChange={(e) => setUses((current) => ({ ...current, [item.key]: e.target.value as BriefItemUse }))}
                error={errors[item.key]}
              >
                {(['required', 'needed', 'not-needed'] as const)
                  .filter((use) => !(item.specialCategory && use === 'required'))
                  .map((use) => (
                    <Select.Option key={use} value={use}>
                      {t(`brief.use.${use}`)}
                    </Select.Option>
                  ))}
              </SelectField>
            ))}
          </div>
          <Textfield
            id="checklist-staleAfterDays"
            label={t('centre.checklist.staleDays')}
            description={t('centre.checklist.staleDaysHelp')}
            inputMode="numeric"
            className="date-field"
            readOnly={!mayEdit}
            value={staleDays ?? String(checklist.data.staleAfterDays)}
            onChange={(e) => setStaleDays(e.target.value)}
            error={errors['staleAfterDays']}
          />
          {mayEdit ? (
            <div>
              <Button type="submit" loading={busy} disabled={busy}>
                {t('centre.checklist.save')}
              </Button>
            </div>
          ) : (
            <Paragraph data-size="sm" className="muted">{t('centre.checklist.leadOnly')}</Paragraph>
          )}
        </form>
      ) : null}
    </section>
  );
}

type Term = z.output<typeof termJson>;

function GlossarySection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const glossary = useQuery({
    queryKey: ['glossary'],
    queryFn: async () => (await api.get<{ items: Term[] }>('/glossary', { includeArchived: 'true' })).items,
  });
  const [editing, setEditing] = useState<Term | 'new' | null>(null);
  const [archiving, setArchiving] = useState<Term | null>(null);
  const [message, setMessage] = useState<string>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['glossary'] });

  const addDefaults = async () => {
    setMessage(undefined);
    try {
      const answer = await api.post<z.output<typeof defaultsResult>>('/glossary/defaults');
      await refresh();
      setMessage(t('centre.glossary.defaultsAdded', { count: answer.added }));
    } catch (error) {
      setMessage(isApiError(error) ? error.message : t('errors.unexpected'));
    }
  };

  const items = glossary.data ?? [];
  return (
    <section aria-labelledby="glossary-heading" className="stack">
      <div className="section-heading">
        <Heading level={2} data-size="sm" id="glossary-heading">
          {t('centre.glossary.heading')}
        </Heading>
        <div className="button-row">
          <Button data-size="sm" onClick={() => setEditing('new')}>
            {t('centre.glossary.new')}
          </Button>
          <Button data-size="sm" variant="secondary" onClick={() => void addDefaults()}>
            {t('centre.glossary.defaults')}
          </Button>
        </div>
      </div>
      <Paragraph data-size="sm">{t('centre.glossary.intro')}</Paragraph>
      {message ? (
        <Alert data-size="sm" role="status">
          {message}
        </Alert>
      ) : null}
      {editing ? (
        <TermForm
          term={editing === 'new' ? null : editing}
          onDone={() => {
            setEditing(null);
            void refresh();
          }}
        />
      ) : null}
      {glossary.isPending ? <Loading /> : null}
      {glossary.isError ? <ErrorAlert error={glossary.error} /> : null}
      {glossary.isSuccess && items.length === 0 ? <Paragraph>{t('centre.glossary.empty')}</Paragraph> : null}
      {items.length > 0 ? (
        <DataTable
          border
          caption={t('centre.glossary.caption', { count: items.length })}
          headers={[t('centre.glossary.term'), t('centre.glossary.explanation'), t('centre.glossary.translations'), t('orders.actionsHeading')]}
        >
          {items.map((term) => (
            <Table.Row key={term.id}>
              <Table.Cell>
                {term.term} {term.archived ? <Tag data-size="sm" data-color="neutral">{t('centre.glossary.archived')}</Tag> : null}
              </Table.Cell>
              <Table.Cell className="message-cell">{term.explanation}</Table.Cell>
              <Table.Cell>
                {Object.entries(term.translations).map(([lang, tr]) => (
                  <div key={lang}>
                    {lang}: <span lang={lang}>{tr.term}</span>
                  </div>
                ))}
              </Table.Cell>
              <Table.Cell>
                <div className="button-row">
                  <Button data-size="sm" variant="secondary" onClick={() => setEditing(term)}>
                    {t('centre.glossary.edit')}
                    <span className="ds-sr-only"> – {term.term}</span>
                  </Button>
                  {term.archived ? (
                    <Button data-size="sm" variant="tertiary" onClick={() => void api.patch(`/glossary/${term.id}`, { archived: false, version: term.version }).then(refresh)}>
                      {t('centre.glossary.restore')}
                      <span className="ds-sr-only"> – {term.term}</span>
                    </Button>
                  ) : (
                    <Button data-size="sm" variant="tertiary" data-color="danger" onClick={() => setArchiving(term)}>
                      {t('centre.glossary.archive')}
                      <span className="ds-sr-only"> – {term.term}</span>
                    </Button>
                  )}
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      ) : null}
      {archiving ? (
        <ConfirmDialog
          title={t('centre.glossary.archiveTitle', { term: archiving.term })}
          body={t('centre.glossary.archiveBody')}
          confirmLabel={t('centre.glossary.archive')}
          onConfirm={async () => {
            await api.patch(`/glossary/${archiving.id}`, { archived: true, version: archiving.version });
            await refresh();
          }}
          onClose={() => setArchiving(null)}
        />
      ) : null}
    </section>
  );
}

function TermForm({ term, onDone }: { term: Term | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    term: term?.term ?? '',
    explanation: term?.explanation ?? '',
    arTerm: term?.translations['ar']?.term ?? '',
    arExplanation: term?.translations['ar']?.explanation ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof values, value: string) => setValues((current) => ({ ...current, [name]: value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    const translations = { ...(term?.translations ?? {}) };
    if (values.arTerm.trim() || values.arExplanation.trim()) translations['ar'] = { term: values.arTerm.trim(), explanation: values.arExplanation.trim() };
    else delete translations['ar'];
    const body = { term: values.term.trim(), explanation: values.explanation.trim(), translations };
    try {
      if (term) await api.patch(`/glossary/${term.id}`, { ...body, version: term.version });
      else await api.post('/glossary', body);
      onDone();
    } catch (error) {
      const found: Record<string, string> = {};
      if (isApiError(error)) {
        for (const { path, message } of error.fields) {
          const name = path === 'translations.ar.term' ? 'arTerm' : path === 'translations.ar.explanation' ? 'arExplanation' : path;
          found[['term', 'explanation', 'arTerm', 'arExplanation'].includes(name) ? name : '_form'] ??= message;
        }
        if (error.fields.length === 0) found['_form'] = error.message;
      } else found['_form'] = t('errors.unexpected');
      setErrors(found);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };
  const labels: Record<string, string> = {
    term: t('centre.glossary.term'), explanation: t('centre.glossary.explanation'),
    arTerm: t('centre.glossary.arTerm'), arExplanation: t('centre.glossary.arExplanation'),
  };
  const summary = Object.entries(errors).map(([name, message]) => ({
    fieldId: labels[name] ? `term-${name}` : undefined, label: labels[name], message,
  }));
  return (
    <form onSubmit={submit} noValidate className="panel stack" aria-label={term ? t('centre.glossary.editHeading') : t('centre.glossary.new')}>
      <FormErrorSummary key={attempt} errors={summary} />
      <LimitedTextfield limit={textLimits.glossaryTerm} id="term-term" label={labels['term']} value={values.term} onChange={(e) => set('term', e.target.value)} error={errors['term']} />
      <LimitedTextfield limit={textLimits.glossaryExplanation} id="term-explanation" multiline rows={3} label={labels['explanation']} value={values.explanation}
        onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set('explanation', e.target.value)} error={errors['explanation']} />
      <div className="field-pair" lang="ar" dir="rtl">
        <LimitedTextfield limit={textLimits.glossaryTerm} id="term-arTerm" label={<span lang="nb" dir="ltr">{labels['arTerm']}</span>} value={values.arTerm}
          onChange={(e) => set('arTerm', e.target.value)} error={errors['arTerm']} />
        <LimitedTextfield limit={textLimits.glossaryExplanation} id="term-arExplanation" label={<span lang="nb" dir="ltr">{labels['arExplanation']}</span>} value={values.arExplanation}
          onChange={(e) => set('arExplanation', e.target.value)} error={errors['arExplanation']} />
      </div>
      <div className="button-row">
        <Button type="submit" data-size="sm" loading={busy} disabled={busy}>
          {t('common.save')}
        </Button>
        <Button type="button" data-size="sm" variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

type CentreHours = z.output<typeof centreHoursJson>;
type Line = CentreHours['items'][number]['individual'];

function HoursSection() {
  const { t } = useTranslation();
  const hours = useQuery({
    queryKey: ['centre-hours'],
    queryFn: () =>
      api.get<CentreHours>('/career-centre/hours'),
  });
  const cell = (line: Line) => (
    <>
      {t('centre.hours.used', { used: line.usedMinutes, estimate: line.estimateMinutes })}
      {line.overEstimate ? (
        <>
          {' '}
          <Tag data-size="sm" data-color="warning">{t('centre.hours.over')}</Tag>
        </>
      ) : null}
    </>
  );
  return (
    <section aria-labelledby="hours-heading" className="stack">
      <Heading level={2} data-size="sm" id="hours-heading">
        {t('centre.hours.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('centre.hours.intro')}</Paragraph>
      {hours.isPending ? <Loading /> : null}
      {hours.isError ? <ErrorAlert error={hours.error} /> : null}
      {hours.data ? (
        <>
          <Paragraph data-size="sm" className="muted">
            {hours.data.source.law}
            {hours.data.source.reviewNote ? ` ${hours.data.source.reviewNote}` : ''}
          </Paragraph>
          {hours.data.items.length === 0 ? (
            <Paragraph>{t('centre.hours.empty')}</Paragraph>
          ) : (
            <DataTable
              border
              caption={t('centre.hours.caption', {
                count: hours.data.totals.participants,
                individual: hours.data.totals.individualMinutes,
                group: hours.data.totals.groupMinutes,
              })}
              headers={[t('orders.participant'), t('centre.hours.individual'), t('centre.hours.group')]}
            >
              {hours.data.items.map((row) => (
                <Table.Row key={row.participant.id}>
                  <Table.Cell>
                    <Link to={`/deltakere/${row.participant.id}`}>
                      {row.participant.givenName} {row.participant.familyName}
                    </Link>
                    <div className="muted">{row.municipality.name}</div>
                  </Table.Cell>
                  <Table.Cell>{cell(row.individual)}</Table.Cell>
                  <Table.Cell>{cell(row.group)}</Table.Cell>
                </Table.Row>
              ))}
            </DataTable>
          )}
        </>
      ) : null}
    </section>
  );
}
