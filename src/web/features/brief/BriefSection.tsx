import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Radio, Select, Tag } from '@digdir/designsystemet-react';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { LanguageOptions, useLanguageName } from '../../components/LanguageOptions.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formatDate, toInputDate, toIsoDate } from '../../format.ts';
import { isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { Brief, BriefCompleteness, BriefField, BriefItem, Localized } from '../../types.ts';
import { BriefImport } from './BriefImport.tsx';

export const briefQueryKey = (participantId: string) => ['brief', participantId] as const;
const manualSources = ['mapping', 'adviser', 'participant', 'settlement-team'] as const;

export function useLocalized() {
  const { i18n } = useTranslation();
  return (text: Localized) => (i18n.language === 'en' ? text.en : text.nb);
}

/**
 * "Påkrevde utfylt · 3 av 11 fylt ut" with a tag; used on the participant page and in both order queues. Green only
 * when everything the centre uses is filled: "required done" with most items empty is not a finished brief.
 */
export function CompletenessTag({ completeness }: { completeness: BriefCompleteness }) {
  const { t } = useTranslation();
  const { complete, filled, items, missing } = completeness;
  const colour = !complete ? 'warning' : filled === items ? 'success' : 'info';
  return (
    <Tag data-color={colour} data-size="sm" className="completeness-tag">
      {complete ? t('brief.complete', { filled, items }) : t('brief.incomplete', { missing: missing.length, filled, items })}
    </Tag>
  );
}

export function BriefSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const mayEdit = isMunicipalityRole(me.role);
  const localized = useLocalized();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const brief = useQuery({
    queryKey: briefQueryKey(participantId),
    queryFn: () => api.get<Brief>(`/participants/${participantId}/brief`),
  });

  return (
    <section aria-labelledby="brief-heading" className="stack">
      <div className="section-heading">
        <Heading level={2} data-size="sm" id="brief-heading">
          {t('brief.heading')}
        </Heading>
        {brief.data ? <CompletenessTag completeness={brief.data.completeness} /> : null}
      </div>
      <Paragraph data-size="sm" className="muted">
        {mayEdit ? t('brief.introMunicipality') : t('brief.introCentre')}
      </Paragraph>
      {brief.isPending ? <Loading label={t('brief.loading')} /> : null}
      {brief.isError ? (
        isApiError(brief.error, 404) || isApiError(brief.error, 403) ? (
          <Paragraph>{t('brief.notAvailable')}</Paragraph>
        ) : (
          <ErrorAlert error={brief.error} />
        )
      ) : null}
      {brief.data ? (
        <>
          {brief.data.careerCentre ? (
            <Paragraph data-size="sm">
              {t('brief.checklistOf', { centre: brief.data.careerCentre.name, days: brief.data.staleAfterDays })}
            </Paragraph>
          ) : null}
          {!brief.data.completeness.complete ? (
            <Alert data-color="warning" data-size="sm">
              {t('brief.missingList', {
                items: brief.data.completeness.missing
                  .map((key) => brief.data.items.find((item) => item.key === key))
                  .filter(Boolean)
                  .map((item) => localized(item!.label))
                  .join(', '),
              })}
            </Alert>
          ) : null}
          {saved ? (
            <Alert data-color="success" role="status" data-size="sm">
              {t('brief.saved', { item: saved })}
            </Alert>
          ) : null}
          {mayEdit ? <BriefImport participantId={participantId} /> : null}
          <ul className="brief-list">
            {brief.data.items
              .filter((item) => item.use !== 'not-needed' || item.state === 'answered' || item.state === 'unknown')
              .map((item) => (
                <li key={item.key} className="brief-item" data-brief-item={item.key}>
                  <BriefItemView
                    item={item}
                    mayEdit={mayEdit}
                    editing={editing === item.key}
                    onEdit={() => {
                      setSaved(null);
                      setEditing(item.key);
                    }}
                    onDone={(label) => {
                      // Only if this item is still the one open: a save that finishes after the user has opened
                      // the next item must not close that one.
                      setEditing((current) => (current === item.key ? null : current));
                      setSaved(label);
                    }}
                    participantId={participantId}
                  />
                </li>
              ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function BriefItemView({
  item, mayEdit, editing, onEdit, onDone, participantId,
}: {
  item: BriefItem;
  mayEdit: boolean;
  editing: boolean;
  onEdit: () => void;
  onDone: (savedLabel: string | null) => void;
  participantId: string;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const label = localized(item.label);
  const headingId = `brief-item-${item.key}`;
  return (
    <div className="stack-sm" aria-labelledby={headingId} role="group">
      <div className="brief-item__head">
        <Heading level={3} data-size="2xs" id={headingId}>
          {label}
        </Heading>
        <Tag data-size="sm" data-color={item.use === 'required' ? 'accent' : 'neutral'} variant="outline">
          {t(`brief.use.${item.use}`)}
        </Tag>
        {item.specialCategory ? (
          <Tag data-size="sm" data-color="danger">
            {t('brief.sensitive')}
          </Tag>
        ) : null}
        {item.stale ? (
          <Tag data-size="sm" data-color="warning">
            {t('brief.stale')}
          </Tag>
        ) : null}
      </div>
      {editing ? (
        <BriefItemForm item={item} participantId={participantId} onDone={onDone} />
      ) : (
        <>
          <BriefValue item={item} />
          {item.source && item.state !== 'restricted' ? (
            <Paragraph data-size="sm" className="muted">
              {t('brief.provenance', {
                source: t(`brief.source.${item.source}`),
                by: item.verifiedBy?.name ?? t('common.unknown'),
                date: formatDate(item.verifiedOn),
              })}
            </Paragraph>
          ) : null}
          {item.stale ? <Paragraph data-size="sm">{t('brief.staleHelp')}</Paragraph> : null}
          {mayEdit && item.state !== 'restricted' ? (
            <div>
              <Button variant="secondary" data-size="sm" onClick={onEdit}>
                {item.state === 'missing' ? t('brief.fill') : t('brief.change')}
                <span className="ds-sr-only"> – {label}</span>
              </Button>
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}

function useFormatValue() {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  return (field: BriefField, value: unknown): string => {
    if (value === undefined || value === null || value === '') return '';
    switch (field.kind) {
      case 'language':
        return languageName(String(value));
      case 'date':
        return formatDate(String(value));
      case 'choice':
        return t(`brief.option.${String(value)}`, { defaultValue: String(value) });
      case 'choices':
        return (value as string[]).map((v) => t(`brief.option.${v}`, { defaultValue: v })).join(', ');
      default:
        return String(value);
    }
  };
}

function BriefValue({ item }: { item: BriefItem }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const format = useFormatValue();
  if (item.state === 'restricted') {
    return (
      <Paragraph>
        <Tag data-size="sm" data-color="neutral">{t('brief.restricted')}</Tag> {t('brief.restrictedHelp')}
      </Paragraph>
    );
  }
  if (item.state === 'unknown') return <Paragraph><strong>{t('brief.unknown')}</strong></Paragraph>;
  if (item.state === 'missing' || !item.value) return <Paragraph className="muted">{t('brief.missing')}</Paragraph>;
  const rows = item.fields.filter((field) => format(field, item.value![field.name]) !== '');
  return (
    <dl className="facts facts--compact">
      {rows.map((field) => (
        <div key={field.name}>
          <dt>{localized(field.label)}</dt>
          <dd className="pre-wrap">{format(field, item.value![field.name])}</dd>
        </div>
      ))}
    </dl>
  );
}

type Draft = Record<string, string | string[]>;

function initialDraft(item: BriefItem): Draft {
  const draft: Draft = {};
  for (const field of item.fields) {
    const value = item.value?.[field.name];
    if (field.kind === 'choices') draft[field.name] = Array.isArray(value) ? (value as string[]) : [];
    else if (field.kind === 'date') draft[field.name] = toInputDate(value as string | undefined);
    else draft[field.name] = value === undefined || value === null ? '' : String(value);
  }
  return draft;
}

function BriefItemForm({ item, participantId, onDone }: { item: BriefItem; participantId: string; onDone: (label: string | null) => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const [unknown, setUnknown] = useState(item.state === 'unknown');
  const [draft, setDraft] = useState<Draft>(() => initialDraft(item));
  const [source, setSource] = useState<string>(item.source && item.source !== 'mapping-import' ? item.source : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const fid = (name: string) => `brief-${item.key}-${name}`;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!source) found['source'] = t('brief.chooseSource');
    const value: Record<string, unknown> = {};
    if (!unknown) {
      for (const field of item.fields) {
        const raw = draft[field.name];
        if (field.kind === 'choices') {
          if ((raw as string[]).length > 0 || !field.optional) value[field.name] = raw;
          continue;
        }
        const text = String(raw ?? '').trim();
        if (!text) {
          if (!field.optional) found[field.name] = t('brief.fieldRequired');
          continue;
        }
        if (field.kind === 'integer') {
          const n = Number(text);
          if (!Number.isInteger(n)) found[field.name] = t('brief.integerInvalid');
          else value[field.name] = n;
        } else if (field.kind === 'date') value[field.name] = toIsoDate(text);
        else value[field.name] = text;
      }
    }
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const body = {
        items: [{
          key: item.key,
          ...(unknown ? { unknown: true } : { value }),
          source,
          ...(item.version !== null ? { version: item.version } : {}),
        }],
      };
      const updated = await api.patch<Brief>(`/participants/${participantId}/brief`, body);
      queryClient.setQueryData(briefQueryKey(participantId), updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['participant-orders', participantId] }),
        queryClient.invalidateQueries({ queryKey: ['orders'] }),
      ]);
      onDone(localized(item.label));
    } catch (error) {
      if (isApiError(error, 400) && error.fields.length > 0) {
        const fromServer: Record<string, string> = {};
        for (const { path, message } of error.fields) {
          const name = path.replace(/^items\.\d+\.?/, '').replace(/^value\.?/, '');
          const known = name === 'source' || item.fields.some((field) => field.name === name);
          fromServer[known ? name : '_form'] ??= message;
        }
        setErrors(fromServer);
      } else {
        setFormError(isApiError(error, 409) ? t('brief.changedByOthers') : isApiError(error) ? error.message : t('errors.unexpected'));
      }
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const labelFor = (name: string) =>
    name === 'source' ? t('brief.sourceLabel') : localized(item.fields.find((f) => f.name === name)?.label ?? { nb: name, en: name });
  const summary = Object.entries(errors).map(([name, message]) => ({
    fieldId: name === '_form' ? undefined : fid(name),
    label: name === '_form' ? undefined : labelFor(name),
    message,
  }));

  return (
    <form onSubmit={submit} noValidate className="panel stack" aria-label={t('brief.formLabel', { item: localized(item.label) })}>
      <FormErrorSummary key={attempt} errors={summary} />
      {item.specialCategory ? (
        <Alert data-color="warning" data-size="sm">
          {t('brief.sensitiveHelp')}
        </Alert>
      ) : null}
      <Fieldset>
        <Fieldset.Legend>{t('brief.answerLegend')}</Fieldset.Legend>
        <Radio name={`${item.key}-state`} label={t('brief.known')} value="known" checked={!unknown} onChange={() => setUnknown(false)} />
        <Radio name={`${item.key}-state`} label={t('brief.unknown')} value="unknown" checked={unknown} onChange={() => setUnknown(true)} />
      </Fieldset>
      {!unknown
        ? item.fields.map((field) => {
            const label = localized(field.label) + (field.optional ? ` ${t('brief.optional')}` : '');
            const set = (value: string | string[]) => setDraft((current) => ({ ...current, [field.name]: value }));
            const error = errors[field.name];
            if (field.kind === 'language') {
              return (
                <SelectField key={field.name} id={fid(field.name)} label={label} value={String(draft[field.name] ?? '')} onChange={(e) => set(e.target.value)} error={error}>
                  <Select.Option value="">{t('form.choose')}</Select.Option>
                  <LanguageOptions current={String(draft[field.name] ?? '')} />
                </SelectField>
              );
            }
            if (field.kind === 'choice') {
              return (
                <SelectField key={field.name} id={fid(field.name)} label={label} value={String(draft[field.name] ?? '')} onChange={(e) => set(e.target.value)} error={error}>
                  <Select.Option value="">{t('form.choose')}</Select.Option>
                  {(field.options ?? []).map((option) => (
                    <Select.Option key={option} value={option}>
                      {t(`brief.option.${option}`, { defaultValue: option })}
                    </Select.Option>
                  ))}
                </SelectField>
              );
            }
            if (field.kind === 'choices') {
              const chosen = draft[field.name] as string[];
              return (
                <Fieldset key={field.name} id={fid(field.name)} tabIndex={-1}>
                  <Fieldset.Legend>{label}</Fieldset.Legend>
                  {(field.options ?? []).map((option) => (
                    <Checkbox
                      key={option}
                      label={t(`brief.option.${option}`, { defaultValue: option })}
                      value={option}
                      checked={chosen.includes(option)}
                      onChange={(e) => set(e.target.checked ? [...chosen, option] : chosen.filter((c) => c !== option))}
                    />
                  ))}
                  {error ? <Paragraph data-size="sm" className="error-text">{error}</Paragraph> : null}
                </Fieldset>
              );
            }
            return (
              <LimitedTextfield
                key={field.name}
                id={fid(field.name)}
                limit={field.kind === 'text' ? field.max : undefined}
                label={label}
                description={field.kind === 'date' ? t('form.dateHelp') : undefined}
                inputMode={field.kind === 'integer' || field.kind === 'date' ? 'numeric' : undefined}
                multiline={field.kind === 'text' && (field.max ?? 0) > 500}
                rows={field.kind === 'text' && (field.max ?? 0) > 500 ? 3 : undefined}
                value={String(draft[field.name] ?? '')}
                onChange={(e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(e.target.value)}
                error={error}
              />
            );
          })
        : null}
      <SelectField id={fid('source')} label={t('brief.sourceLabel')} value={source} onChange={(e) => setSource(e.target.value)} error={errors['source']}>
        <Select.Option value="">{t('form.choose')}</Select.Option>
        {manualSources.map((s) => (
          <Select.Option key={s} value={s}>
            {t(`brief.source.${s}`)}
          </Select.Option>
        ))}
      </SelectField>
      <Paragraph data-size="sm" className="muted">{t('brief.verifyNote')}</Paragraph>
      {formError ? (
        <Alert data-color="danger" role="alert" data-size="sm">
          {formError}
        </Alert>
      ) : null}
      <div className="button-row">
        <Button type="submit" data-size="sm" loading={busy} disabled={busy}>
          {t('brief.save')}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
