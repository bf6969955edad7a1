import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { addDays, todayInOslo } from '../../../domain/dates.ts';
import { localOfferLimits as L } from '../../../domain/text-limits.ts';
import { api, formErrorsFrom } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDateTime } from '../../format.ts';
import { canEditLocalOffers } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { mapOverviewQuery } from '../map/mapData.ts';
import { useLocalized } from '../map/MapRoot.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { editorAreasQuery, ownLocalOfferQuery, type EditorAreas, type EditorLocalOffer, type LocalOfferInput } from './localOfferData.ts';

const lanes = ['language', 'work-and-education', 'supplementary', 'financing'] as const;
const textLanguages = ['nb', 'en', 'uk', 'ru', 'ar', 'ti', 'so', 'prs'] as const;

/** A new local offer (`/lokale-tilbud/ny`) or one of the organisation's (`/lokale-tilbud/:id`). */
export function LocalOfferFormPage() {
  const me = useMe();
  const { t } = useTranslation();
  const { id } = useParams();
  useDocumentTitle(canEditLocalOffers(me.role) ? (id ? t('localOffers.editTitle') : t('localOffers.newTitle')) : t('notFound.title'));
  if (!canEditLocalOffers(me.role)) return <NotFoundPage />;
  return <Loader id={id} />;
}

function Loader({ id }: { id: string | undefined }) {
  const { t } = useTranslation();
  const areas = useQuery(editorAreasQuery());
  const existing = useQuery({ ...ownLocalOfferQuery(id ?? ''), enabled: Boolean(id), staleTime: 0 });
  if (areas.isError) return <ErrorAlert error={areas.error} />;
  if (existing.isError) return <ErrorAlert error={existing.error} />;
  if (!areas.data || (id && !existing.data)) return <Loading label={t('localOffers.loading')} />;
  return <LocalOfferForm key={existing.data?.version ?? 0} areas={areas.data} existing={existing.data} />;
}

interface FormState {
  lane: string; nationalOfferId: string; textLanguage: string; title: string; provider: string; summary: string; forWhom: string;
  areaKind: 'municipalities' | 'county'; municipalityIds: string[]; address: string; digital: boolean; startDates: string[];
  applicationDeadline: string; length: string; instructionLanguages: string; cost: string; contact: string; link: string; source: string; reviewDue: string;
}

function initial(areas: EditorAreas, existing: EditorLocalOffer | undefined): FormState {
  const i = existing?.input;
  return {
    lane: i?.lane ?? 'language', nationalOfferId: i?.nationalOfferId ?? '', textLanguage: i?.textLanguage ?? 'nb',
    title: i?.title ?? '', provider: i?.provider ?? '', summary: i?.summary ?? '', forWhom: i?.forWhom ?? '',
    areaKind: i?.area.kind ?? (areas.wholeCountyAllowed ? 'county' : 'municipalities'),
    municipalityIds: i?.area.kind === 'municipalities' ? i.area.municipalityIds : areas.wholeCountyAllowed ? [] : areas.municipalities.map((m) => m.id),
    address: i?.address ?? '', digital: i?.digital ?? false, startDates: i ? [...i.startDates] : [''],
    applicationDeadline: i?.applicationDeadline ?? '', length: i?.length ?? '', instructionLanguages: i?.instructionLanguages.join(', ') ?? 'nb',
    cost: i?.cost ?? '', contact: i?.contact ?? '', link: i?.link ?? '', source: i?.source ?? '', reviewDue: i?.reviewDue ?? addDays(todayInOslo(), 180),
  };
}

function toInput(f: FormState): LocalOfferInput {
  return {
    lane: f.lane as LocalOfferInput['lane'], nationalOfferId: f.nationalOfferId || null, textLanguage: f.textLanguage as LocalOfferInput['textLanguage'],
    title: f.title, provider: f.provider, summary: f.summary, forWhom: f.forWhom,
    area: f.areaKind === 'county' ? { kind: 'county' } : { kind: 'municipalities', municipalityIds: f.municipalityIds },
    address: f.address, digital: f.digital, startDates: f.startDates.filter((d) => d !== ''),
    applicationDeadline: f.applicationDeadline || null, length: f.length,
    instructionLanguages: f.instructionLanguages.split(/[\s,]+/).filter(Boolean), cost: f.cost, contact: f.contact,
    link: f.link.trim() === '' ? null : f.link.trim(), source: f.source, reviewDue: f.reviewDue,
  };
}

function LocalOfferForm({ areas, existing }: { areas: EditorAreas; existing: EditorLocalOffer | undefined }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const overview = useQuery(mapOverviewQuery());
  const [form, setForm] = useState<FormState>(() => initial(areas, existing));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const label = (field: string) => t(`localOffers.fields.${field}`);
  const err = (path: string) => errors[path] ?? Object.entries(errors).find(([k]) => k.startsWith(`${path}.`))?.[1];

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const input = toInput(form);
      const saved = existing
        ? await api.put<EditorLocalOffer>(`/local-offers/${existing.id}`, { ...input, version: existing.version })
        : await api.post<EditorLocalOffer>('/local-offers', input);
      await queryClient.invalidateQueries({ queryKey: ['local-offers'] });
      await queryClient.invalidateQueries({ queryKey: ['map', 'local-offers'] });
      navigate(`/lokale-tilbud/${saved.id}`, { state: { saved: true } });
      if (existing) setErrors({ _saved: t('localOffers.saved') });
    } catch (caught) {
      setErrors(formErrorsFrom(caught, t('errors.unexpected')));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const fieldIds: Record<string, string> = Object.fromEntries(
    ['lane', 'nationalOfferId', 'textLanguage', 'title', 'provider', 'summary', 'forWhom', 'area', 'address', 'startDates', 'applicationDeadline',
      'length', 'instructionLanguages', 'cost', 'contact', 'link', 'source', 'reviewDue'].map((f) => [f, `lo-${f}`]),
  );
  const summary = Object.entries(errors).filter(([k]) => k !== '_saved').map(([path, message]) => {
    const field = path === '_form' ? undefined : path.split('.')[0]!;
    return { fieldId: field ? fieldIds[field] : undefined, label: field ? label(field) : undefined, message };
  });
  const nationals = (overview.data?.offers ?? []).filter((o) => o.lane === form.lane);

  return (
    <div className="stack-lg">
      <div>
        <Paragraph><Link to="/lokale-tilbud">{t('localOffers.back')}</Link></Paragraph>
        <Heading level={1} data-size="lg">{existing ? existing.input.title : t('localOffers.newTitle')}</Heading>
        <Paragraph>{t('localOffers.formIntro', { organisation: areas.organisation.name })}</Paragraph>
        {existing && !existing.current ? <Alert data-color="warning">{t('localOffers.expiredHelp')}</Alert> : null}
        {errors._saved ? <Alert data-color="success" role="status">{errors._saved}</Alert> : null}
      </div>
      <FormErrorSummary key={attempt} errors={summary} />
      <form className="stack" onSubmit={save} noValidate>
        <SelectField id={fieldIds.lane} label={label('lane')} value={form.lane} error={err('lane')}
          onChange={(e) => setForm((f) => ({ ...f, lane: e.target.value, nationalOfferId: '' }))}>
          {lanes.map((l) => <option key={l} value={l}>{localized(overview.data?.lanes.find((x) => x.id === l)?.title) || l}</option>)}
        </SelectField>
        <SelectField id={fieldIds.nationalOfferId} label={label('nationalOfferId')} description={t('localOffers.help.nationalOfferId')}
          value={form.nationalOfferId} error={err('nationalOfferId')} onChange={(e) => set('nationalOfferId', e.target.value)}>
          <option value="">{t('localOffers.noNational')}</option>
          {nationals.map((o) => <option key={o.id} value={o.id}>{localized(o.title)}</option>)}
        </SelectField>
        <SelectField id={fieldIds.textLanguage} label={label('textLanguage')} description={t('localOffers.help.textLanguage')}
          value={form.textLanguage} error={err('textLanguage')} onChange={(e) => set('textLanguage', e.target.value)}>
          {textLanguages.map((l) => <option key={l} value={l}>{t(`localOffers.languages.${l}`)}</option>)}
        </SelectField>
        <LimitedTextfield id={fieldIds.title} label={label('title')} limit={L.title} value={form.title} error={err('title')} onChange={(e) => set('title', e.target.value)} />
        <LimitedTextfield id={fieldIds.provider} label={label('provider')} limit={L.provider} value={form.provider} error={err('provider')} onChange={(e) => set('provider', e.target.value)} />
        <LimitedTextfield id={fieldIds.summary} label={label('summary')} multiline rows={4} limit={L.summary} value={form.summary} error={err('summary')} onChange={(e) => set('summary', e.target.value)} />
        <LimitedTextfield id={fieldIds.forWhom} label={label('forWhom')} multiline rows={3} limit={L.forWhom} value={form.forWhom} error={err('forWhom')} onChange={(e) => set('forWhom', e.target.value)} />

        <Fieldset id={fieldIds.area} tabIndex={-1}>
          <Fieldset.Legend>{label('area')}</Fieldset.Legend>
          {areas.wholeCountyAllowed ? (
            <>
              <Radio name="lo-area" label={t('localOffers.wholeCounty', { county: areas.county.name })} value="county" checked={form.areaKind === 'county'} onChange={() => set('areaKind', 'county')} />
              <Radio name="lo-area" label={t('localOffers.someMunicipalities')} value="municipalities" checked={form.areaKind === 'municipalities'} onChange={() => set('areaKind', 'municipalities')} />
            </>
          ) : null}
          {form.areaKind === 'municipalities' ? areas.municipalities.map((m) => (
            <Checkbox key={m.id} label={m.name} value={m.id} checked={form.municipalityIds.includes(m.id)}
              onChange={(e) => set('municipalityIds', e.target.checked ? [...form.municipalityIds, m.id] : form.municipalityIds.filter((x) => x !== m.id))} />
          )) : null}
          {err('area') ? <ValidationMessage>{err('area')}</ValidationMessage> : null}
        </Fieldset>

        <LimitedTextfield id={fieldIds.address} label={label('address')} limit={L.address} value={form.address} error={err('address')} onChange={(e) => set('address', e.target.value)} />
        <Checkbox label={label('digital')} value="digital" checked={form.digital} onChange={(e) => set('digital', e.target.checked)} />

        <Fieldset id={fieldIds.startDates} tabIndex={-1}>
          <Fieldset.Legend>{label('startDates')}</Fieldset.Legend>
          <Fieldset.Description>{t('localOffers.help.startDates')}</Fieldset.Description>
          {form.startDates.map((d, i) => (
            <div key={i} className="cluster">
              <Textfield type="date" label={t('localOffers.startDate', { n: i + 1 })} value={d} error={errors[`startDates.${i}`]}
                onChange={(e) => set('startDates', form.startDates.map((x, j) => (j === i ? e.target.value : x)))} />
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => set('startDates', form.startDates.filter((_, j) => j !== i))}>
                {t('localOffers.removeDate', { n: i + 1 })}
              </Button>
            </div>
          ))}
          {errors.startDates ? <ValidationMessage>{errors.startDates}</ValidationMessage> : null}
          {form.startDates.length < L.startDates ? (
            <div><Button type="button" variant="secondary" data-size="sm" onClick={() => set('startDates', [...form.startDates, ''])}>{t('localOffers.addDate')}</Button></div>
          ) : null}
        </Fieldset>
        <Textfield id={fieldIds.applicationDeadline} type="date" label={label('applicationDeadline')} value={form.applicationDeadline} error={err('applicationDeadline')} onChange={(e) => set('applicationDeadline', e.target.value)} />
        <LimitedTextfield id={fieldIds.length} label={label('length')} limit={L.length} value={form.length} error={err('length')} onChange={(e) => set('length', e.target.value)} />
        <Textfield id={fieldIds.instructionLanguages} label={label('instructionLanguages')} description={t('localOffers.help.instructionLanguages')} value={form.instructionLanguages} error={err('instructionLanguages')} onChange={(e) => set('instructionLanguages', e.target.value)} />
        <LimitedTextfield id={fieldIds.cost} label={label('cost')} limit={L.cost} value={form.cost} error={err('cost')} onChange={(e) => set('cost', e.target.value)} />
        <LimitedTextfield id={fieldIds.contact} label={label('contact')} description={t('localOffers.help.contact')} limit={L.contact} value={form.contact} error={err('contact')} onChange={(e) => set('contact', e.target.value)} />
        <LimitedTextfield id={fieldIds.link} label={label('link')} description={t('localOffers.help.link')} limit={L.link} value={form.link} error={err('link')} onChange={(e) => set('link', e.target.value)} />
        <LimitedTextfield id={fieldIds.source} label={label('source')} limit={L.source} value={form.source} error={err('source')} onChange={(e) => set('source', e.target.value)} />
        <Textfield id={fieldIds.reviewDue} type="date" label={label('reviewDue')} description={t('localOffers.help.reviewDue')} value={form.reviewDue} error={err('reviewDue')} onChange={(e) => set('reviewDue', e.target.value)} />
        <div className="cluster">
          <Button type="submit" disabled={busy}>{existing ? t('localOffers.save') : t('localOffers.create')}</Button>
          {existing ? <Button type="button" variant="secondary" data-color="danger" onClick={() => setConfirmRemove(true)}>{t('localOffers.remove')}</Button> : null}
        </div>
      </form>
      {existing?.versions?.length ? (
        <section>
          <Heading level={2} data-size="xs">{t('localOffers.versions')}</Heading>
          <ul>
            {existing.versions.map((v) => (
              <li key={v.version}>{t('localOffers.versionLine', { version: v.version, when: formatDateTime(v.editedAt), who: v.editedBy.name, change: t(`localOffers.change.${v.change}`) })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {confirmRemove && existing ? (
        <ConfirmDialog title={t('localOffers.removeTitle')} body={t('localOffers.removeBody')} confirmLabel={t('localOffers.remove')}
          onClose={() => setConfirmRemove(false)}
          onConfirm={async () => {
            await api.post(`/local-offers/${existing.id}/remove`, { version: existing.version });
            await queryClient.invalidateQueries({ queryKey: ['local-offers'] });
            navigate('/lokale-tilbud');
          }} />
      ) : null}
    </div>
  );
}
