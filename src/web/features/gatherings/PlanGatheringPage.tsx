import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, formErrorsFrom } from '../../api.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { centreMunicipalitiesQuery } from '../cooperation/cooperationApi.ts';
import { programmeItemKinds, speakerAffiliations } from '../../../domain/gathering.ts';
import { gatheringPath, gatheringsKey, type Gathering } from './gatheringApi.ts';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { gatheringLimits } from '../../../domain/text-limits.ts';

interface ItemForm { kind: string; title: string; day: string; speaker: string; affiliation: string; userParticipation: boolean }
const emptyItem = (): ItemForm => ({ kind: 'talk', title: '', day: '1', speaker: '', affiliation: 'nav', userParticipation: false });

/**
 * `/samlinger/ny`: the centre lead (the county's coordinator) plans a gathering. Seed 000's learning points are the
 * form's hints: a varied programme, NAV and adult education on it, people with a refugee background on it (user
 * participation), and a planning group of municipalities.
 */
export function PlanGatheringPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useDocumentTitle(t('gatherings.plan.title'));
  const lead = me.role === 'career-centre-lead';
  const municipalities = useQuery({ ...centreMunicipalitiesQuery(), enabled: lead });
  const [form, setForm] = useState({ title: '', startsOn: '', endsOn: '', place: '', meetingUrl: '', registrationClosesOn: '', capacityPerMunicipality: '5' });
  const [items, setItems] = useState<ItemForm[]>([emptyItem()]);
  const [invited, setInvited] = useState<Record<string, { on: boolean; planning: boolean }>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const { busy, run } = useSubmit();
  if (!lead) return <NotFoundPage />;

  const hasUserParticipation = items.some((i) => i.userParticipation && i.speaker.trim());
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setErrors({});
      try {
        const created = await api.post<Gathering>('/gatherings', {
          title: form.title, startsOn: form.startsOn, endsOn: form.endsOn, place: form.place || null, meetingUrl: form.meetingUrl || null,
          registrationClosesOn: form.registrationClosesOn, capacityPerMunicipality: Number(form.capacityPerMunicipality),
          programme: items.filter((i) => i.title.trim()).map((i, n) => ({
            id: `post-${n + 1}`, kind: i.kind, title: i.title, day: Number(i.day),
            speakers: i.speaker.trim() ? [{ name: i.speaker, affiliation: i.affiliation, userParticipation: i.userParticipation }] : [],
          })),
          municipalities: Object.entries(invited).filter(([, v]) => v.on).map(([municipalityId, v]) => ({ municipalityId, planningGroup: v.planning })),
        });
        await queryClient.invalidateQueries({ queryKey: gatheringsKey });
        await navigate(gatheringPath(created.id));
      } catch (error) {
        const found = formErrorsFrom(error, t('errors.unexpected'));
        setErrors(found);
        setAttempt((n) => n + 1);
      }
    });
  };
  const itemPath = (name: string) => /^programme\.(\d+)\.(?:speakers\.\d+\.)?(\w+)/.exec(name);
  const label = (name: string) => {
    const m = itemPath(name);
    return m ? `${t('gatherings.plan.item', { n: Number(m[1]) + 1 })}, ${t(`gatherings.field.item.${m[2]}`)}` : t(`gatherings.field.${name.split('.')[0]}`);
  };
  const fieldIdOf = (name: string) => {
    const m = itemPath(name);
    return m ? `item-${m[1]}-${m[2]}` : `gathering-${name.split('.')[0]}`;
  };
  const summary = Object.entries(errors).map(([name, message]) => ({ fieldId: name === '_form' ? undefined : fieldIdOf(name), label: name === '_form' ? undefined : label(name), message }));
  const itemError = (i: number, key: string) => errors[`programme.${i}.${key}`] ?? errors[`programme.${i}.speakers.0.${key}`];
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value });
  const setItem = (i: number, patch: Partial<ItemForm>) => setItems(items.map((x, n) => (n === i ? { ...x, ...patch } : x)));

  return (
    <div className="stack-lg">
      <div>
        <Heading level={1} data-size="lg" id="plan-title">{t('gatherings.plan.title')}</Heading>
        <Paragraph>{t('gatherings.plan.intro')}</Paragraph>
      </div>
      <FormErrorSummary key={attempt} errors={summary} />
      <form onSubmit={submit} noValidate className="stack-lg" aria-labelledby="plan-title">
        <Heading level={2} data-size="sm" id="plan-heading">{t('gatherings.plan.basics')}</Heading>
        <LimitedTextfield limit={gatheringLimits.title} id="gathering-title" label={t('gatherings.field.title')} value={form.title} error={errors['title']} onChange={set('title')} />
        <div className="field-pair">
          <Textfield id="gathering-startsOn" type="date" label={t('gatherings.field.startsOn')} value={form.startsOn} error={errors['startsOn']} onChange={set('startsOn')} />
          <Textfield id="gathering-endsOn" type="date" label={t('gatherings.field.endsOn')} value={form.endsOn} error={errors['endsOn']} onChange={set('endsOn')} />
          <Textfield id="gathering-registrationClosesOn" type="date" label={t('gatherings.field.registrationClosesOn')} value={form.registrationClosesOn}
            error={errors['registrationClosesOn']} onChange={set('registrationClosesOn')} />
          <Textfield id="gathering-capacityPerMunicipality" type="number" min={1} max={200} label={t('gatherings.field.capacityPerMunicipality')}
            description={t('gatherings.plan.capacityHelp')} value={form.capacityPerMunicipality} error={errors['capacityPerMunicipality']} onChange={set('capacityPerMunicipality')} />
        </div>
        <div className="field-pair">
          <LimitedTextfield limit={gatheringLimits.place} id="gathering-place" label={t('gatherings.field.place')} value={form.place} error={errors['place']} onChange={set('place')} />
          <Textfield id="gathering-meetingUrl" type="url" label={t('gatherings.field.meetingUrl')} description={t('gatherings.plan.urlHelp')} value={form.meetingUrl}
            error={errors['meetingUrl']} onChange={set('meetingUrl')} />
        </div>

        <Fieldset>
          <Fieldset.Legend>{t('gatherings.plan.programme')}</Fieldset.Legend>
          <Fieldset.Description>{t('gatherings.plan.programmeHelp')}</Fieldset.Description>
          <div className="stack">
            {items.map((item, i) => (
              <div key={i} className="panel stack-sm gathering-item">
                <Heading level={3} data-size="2xs">{t('gatherings.plan.item', { n: i + 1 })}</Heading>
                <div className="field-pair">
                  <SelectField id={`item-${i}-kind`} label={t('gatherings.field.item.kind')} value={item.kind} error={itemError(i, 'kind')} onChange={(e) => setItem(i, { kind: e.target.value })}>
                    {programmeItemKinds.map((k) => <Select.Option key={k} value={k}>{t(`gatherings.kind.${k}`)}</Select.Option>)}
                  </SelectField>
                  <LimitedTextfield limit={gatheringLimits.itemTitle} id={`item-${i}-title`} label={t('gatherings.field.item.title')} value={item.title} error={itemError(i, 'title')} onChange={(e) => setItem(i, { title: e.target.value })} />
                  <Textfield id={`item-${i}-day`} type="number" min={1} max={5} label={t('gatherings.field.item.day')} value={item.day} error={itemError(i, 'day')} onChange={(e) => setItem(i, { day: e.target.value })} />
                </div>
                <div className="field-pair">
                  <LimitedTextfield limit={gatheringLimits.speakerName} id={`item-${i}-name`} label={t('gatherings.field.item.name')} description={t('gatherings.plan.speakerHelp')} value={item.speaker}
                    error={itemError(i, 'name')} onChange={(e) => setItem(i, { speaker: e.target.value })} />
                  <SelectField id={`item-${i}-affiliation`} label={t('gatherings.field.item.affiliation')} value={item.affiliation} onChange={(e) => setItem(i, { affiliation: e.target.value })}>
                    {speakerAffiliations.map((a) => <Select.Option key={a} value={a}>{t(`gatherings.affiliation.${a}`)}</Select.Option>)}
                  </SelectField>
                </div>
                <Checkbox id={`item-${i}-userParticipation`} label={t('gatherings.field.item.userParticipation')} checked={item.userParticipation}
                  onChange={(e) => setItem(i, { userParticipation: e.target.checked })} />
                {items.length > 1 ? (
                  <div>
                    <Button type="button" variant="tertiary" data-size="sm" onClick={() => setItems(items.filter((_, n) => n !== i))}>
                      {t('gatherings.plan.removeItem', { n: i + 1 })}
                    </Button>
                  </div>
                ) : null}
              </div>
            ))}
            <div>
              <Button type="button" variant="secondary" data-size="sm" onClick={() => setItems([...items, emptyItem()])}>{t('gatherings.plan.addItem')}</Button>
            </div>
            <Alert data-color={hasUserParticipation ? 'success' : 'warning'} data-size="sm">
              {hasUserParticipation ? t('gatherings.plan.userParticipationYes') : t('gatherings.plan.userParticipationNo')}
            </Alert>
          </div>
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>{t('gatherings.field.municipalities')}</Fieldset.Legend>
          <Fieldset.Description>{t('gatherings.plan.municipalitiesHelp')}</Fieldset.Description>
          {municipalities.isPending ? <Loading /> : null}
          <ul className="stack-sm plain-list" id="gathering-municipalities">
            {(municipalities.data ?? []).map((m) => {
              const v = invited[m.municipality.id] ?? { on: false, planning: false };
              return (
                <li key={m.municipality.id} className="field-pair">
                  <Checkbox label={t('gatherings.plan.invite', { name: m.municipality.name })} checked={v.on}
                    onChange={(e) => setInvited({ ...invited, [m.municipality.id]: { ...v, on: e.target.checked } })} />
                  <Checkbox label={t('gatherings.plan.planningGroup', { name: m.municipality.name })} checked={v.planning} disabled={!v.on}
                    onChange={(e) => setInvited({ ...invited, [m.municipality.id]: { ...v, planning: e.target.checked } })} />
                </li>
              );
            })}
          </ul>
          {errors['municipalities'] ? <Paragraph data-size="sm" className="error-text">{errors['municipalities']}</Paragraph> : null}
        </Fieldset>
        <div>
          <Button type="submit" loading={busy} disabled={busy}>{t('gatherings.plan.submit')}</Button>
        </div>
      </form>
    </div>
  );
}
