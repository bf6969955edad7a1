import { Alert, Button, Heading, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { useFieldForm } from '../../components/useFieldForm.ts';
import { formatDate } from '../../format.ts';
import { isCentreRole } from '../../roles.ts';
import { meQueryKey, useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { absencesQuery, centreMunicipalitiesQuery, type CentreMunicipality, type ContactKind, type ContactPeriod } from './cooperationApi.ts';
import { BackToHub } from './BackToHub.tsx';
import type { Counsellor } from '../../types.ts';
import type { z } from 'zod';
import type { assignResult } from '../../../server/features/cooperation/schemas.ts';

const staffQuery = () => ({
  queryKey: ['career-centre', 'counsellors'],
  queryFn: async () => (await api.get<{ items: Counsellor[] }>('/career-centre/counsellors')).items,
});

/**
 * The centre's fixed contacts and deputies per municipality, and absences (issue 13). Seed 001 names the
 * vulnerability of one fixed person ("kontakten … blir personavhengig"), so the page shows who is missing a
 * contact or deputy first, and who takes new orders today.
 */
export function ContactsPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('cooperation.contacts.title'));
  if (!isCentreRole(me.role)) return <NotFoundPage />;
  const lead = me.role === 'career-centre-lead';
  return (
    <div className="stack-xl">
      <div>
        <BackToHub />
        <Heading level={1} data-size="lg">
          {t('cooperation.contacts.title')}
        </Heading>
        <Paragraph className="muted">{me.organisation?.name}</Paragraph>
        <Paragraph>{t('cooperation.contacts.intro')}</Paragraph>
      </div>
      <MunicipalitiesSection lead={lead} />
      <AbsencesSection lead={lead} />
      <WorkPhoneSection />
    </div>
  );
}

function personName(list: CentreMunicipality['deputies']) {
  return list.map((p) => p.name).join(', ');
}

function MunicipalitiesSection({ lead }: { lead: boolean }) {
  const { t } = useTranslation();
  const municipalities = useQuery(centreMunicipalitiesQuery());
  const [removing, setRemoving] = useState<ContactPeriod | null>(null);
  const queryClient = useQueryClient();
  const missing = (municipalities.data ?? []).filter((m) => m.missingContact || m.missingDeputy);
  const periods = (municipalities.data ?? []).flatMap((m) => m.periods.map((p) => ({ ...p, municipalityName: m.municipality.name })));
  return (
    <section aria-labelledby="contacts-heading" className="stack">
      <Heading level={2} data-size="sm" id="contacts-heading">
        {t('cooperation.contacts.heading')}
      </Heading>
      {municipalities.isPending ? <Loading /> : null}
      {municipalities.isError ? <ErrorAlert error={municipalities.error} /> : null}
      {missing.length > 0 ? (
        <Alert data-color="warning" data-size="sm">
          <Paragraph data-size="sm">{t('cooperation.contacts.missingIntro', { count: missing.length })}</Paragraph>
          <ul>
            {missing.map((m) => (
              <li key={m.municipality.id}>
                {m.municipality.name}:{' '}
                {[m.missingContact ? t('cooperation.contacts.noContact') : null, m.missingDeputy ? t('cooperation.contacts.noDeputy') : null]
                  .filter(Boolean).join(', ')}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {municipalities.isSuccess && municipalities.data.length === 0 ? <Paragraph>{t('cooperation.contacts.empty')}</Paragraph> : null}
      {municipalities.data && municipalities.data.length > 0 ? (
        <DataTable
          labelledBy="contacts-heading"
          headers={[t('cooperation.contacts.municipality'), t('cooperation.kind.contact'), t('cooperation.contacts.deputies'), t('cooperation.contacts.routedTo')]}
        >
              {municipalities.data.map((m) => {
                const routed = [m.contact, ...m.deputies].find((p) => p && p.id === m.routedTo?.userId);
                return (
                  <Table.Row key={m.municipality.id}>
                    <Table.Cell>{m.municipality.name}</Table.Cell>
                    <Table.Cell>
                      {m.contact ? m.contact.name : <Tag data-color="warning" data-size="sm">{t('cooperation.contacts.noContact')}</Tag>}
                      {m.contact?.absentToday ? <> <Tag data-color="warning" data-size="sm">{t('cooperation.card.away')}</Tag></> : null}
                    </Table.Cell>
                    <Table.Cell>
                      {m.deputies.length ? personName(m.deputies) : <Tag data-color="warning" data-size="sm">{t('cooperation.contacts.noDeputy')}</Tag>}
                    </Table.Cell>
                    <Table.Cell>{routed ? routed.name : t('cooperation.contacts.sharedQueue')}</Table.Cell>
                  </Table.Row>
                );
              })}
        </DataTable>
      ) : null}
      {lead && municipalities.data && municipalities.data.length > 0 ? <AssignForm municipalities={municipalities.data} /> : null}
      {periods.length > 0 ? (
        <div className="stack">
          <Heading level={3} data-size="xs" id="periods-heading">
            {t('cooperation.contacts.periodsHeading')}
          </Heading>
          <DataTable
            labelledBy="periods-heading"
            headers={[
              t('cooperation.contacts.municipality'), t('cooperation.contacts.kind'), t('cooperation.contacts.person'), t('cooperation.contacts.period'),
              ...(lead ? [t('cooperation.contacts.actions')] : []),
            ]}
          >
                {periods.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.Cell>{p.municipalityName}</Table.Cell>
                    <Table.Cell>{t(`cooperation.kind.${p.kind}`)}</Table.Cell>
                    <Table.Cell>{p.person.name}</Table.Cell>
                    <Table.Cell>
                      {t('cooperation.contacts.fromTo', { from: formatDate(p.validFrom), to: p.validTo ? formatDate(p.validTo) : t('cooperation.contacts.untilFurther') })}
                    </Table.Cell>
                    {lead ? (
                      <Table.Cell>
                        <Button variant="tertiary" data-size="sm" onClick={() => setRemoving(p)}>
                          {t('cooperation.contacts.remove')}
                          <span className="visually-hidden">: {p.person.name}, {p.municipalityName}</span>
                        </Button>
                      </Table.Cell>
                    ) : null}
                  </Table.Row>
                ))}
          </DataTable>
        </div>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('cooperation.contacts.removeTitle')}
          body={t('cooperation.contacts.removeBody', { name: removing.person.name, kind: t(`cooperation.kind.${removing.kind}`).toLowerCase() })}
          confirmLabel={t('cooperation.contacts.remove')}
          onConfirm={async () => {
            await api.post(`/cooperation/contacts/${removing.id}/remove`, { version: removing.version });
            await queryClient.invalidateQueries({ queryKey: ['cooperation'] });
          }}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

function AssignForm({ municipalities }: { municipalities: CentreMunicipality[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const staff = useQuery(staffQuery());
  const empty = { municipalityId: municipalities[0]!.municipality.id, userId: '', kind: 'contact' as ContactKind, validFrom: today(), validTo: '' };
  const [form, setForm] = useState(empty);
  const { busy, errors, attempt, save, summary } = useFieldForm('assign-');
  const [done, setDone] = useState<string | null>(null);
  const [handOver, setHandOver] = useState<{ count: number; from: string; to: string } | null>(null);

  const send = (handOverOpenOrders: boolean) =>
    save(async () => {
      setDone(null);
      const answer = await api.post<z.output<typeof assignResult>>('/cooperation/contacts', {
        municipalityId: form.municipalityId, userId: form.userId || undefined, kind: form.kind, validFrom: form.validFrom,
        validTo: form.validTo || null, ...(form.kind === 'contact' ? { handOverOpenOrders } : {}),
      });
      await queryClient.invalidateQueries({ queryKey: ['cooperation'] });
      setDone(t('cooperation.assign.done', { name: answer.period.person.name, count: answer.handedOver }));
      setForm({ ...empty, municipalityId: form.municipalityId });
    });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const m = municipalities.find((x) => x.municipality.id === form.municipalityId);
    const to = staff.data?.find((s) => s.id === form.userId);
    // Changing the contact hands over the open orders in the old contact's queue: one confirmation, then one request.
    if (form.kind === 'contact' && m?.contact && to && m.contact.id !== to.id && m.openOrdersOfContact > 0 && form.validFrom <= today()) {
      setHandOver({ count: m.openOrdersOfContact, from: m.contact.name, to: to.name });
      return;
    }
    void send(false);
  };

  const labels: Record<string, string> = {
    municipalityId: t('cooperation.contacts.municipality'), userId: t('cooperation.contacts.person'), kind: t('cooperation.contacts.kind'),
    validFrom: t('cooperation.assign.from'), validTo: t('cooperation.assign.to'),
  };

  return (
    <form onSubmit={submit} noValidate className="stack" aria-labelledby="assign-heading">
      <Heading level={3} data-size="xs" id="assign-heading">
        {t('cooperation.assign.heading')}
      </Heading>
      <FormErrorSummary key={attempt} errors={summary(labels)} />
      {done ? <Alert data-color="success" role="status" data-size="sm">{done}</Alert> : null}
      <div className="field-pair">
        <SelectField id="assign-municipalityId" label={labels.municipalityId} value={form.municipalityId} error={errors.municipalityId}
          onChange={(e) => setForm({ ...form, municipalityId: e.target.value })}>
          {municipalities.map((m) => <Select.Option key={m.municipality.id} value={m.municipality.id}>{m.municipality.name}</Select.Option>)}
        </SelectField>
        <SelectField id="assign-kind" label={labels.kind} value={form.kind} error={errors.kind}
          onChange={(e) => setForm({ ...form, kind: e.target.value as ContactKind })}>
          <Select.Option value="contact">{t('cooperation.kind.contact')}</Select.Option>
          <Select.Option value="deputy">{t('cooperation.kind.deputy')}</Select.Option>
        </SelectField>
        <SelectField id="assign-userId" label={labels.userId} value={form.userId} error={errors.userId}
          onChange={(e) => setForm({ ...form, userId: e.target.value })}>
          <Select.Option value="">{t('cooperation.assign.choosePerson')}</Select.Option>
          {(staff.data ?? []).map((s) => <Select.Option key={s.id} value={s.id}>{s.name}</Select.Option>)}
        </SelectField>
        <Textfield id="assign-validFrom" type="date" label={labels.validFrom} value={form.validFrom} error={errors.validFrom}
          onChange={(e) => setForm({ ...form, validFrom: e.target.value })} />
        <Textfield id="assign-validTo" type="date" label={labels.validTo} description={t('cooperation.assign.toHelp')} value={form.validTo} error={errors.validTo}
          onChange={(e) => setForm({ ...form, validTo: e.target.value })} />
      </div>
      <div>
        <Button type="submit" loading={busy} disabled={busy}>
          {t('cooperation.assign.submit')}
        </Button>
      </div>
      {handOver ? (
        <ConfirmDialog
          title={t('cooperation.assign.handOverTitle')}
          body={t('cooperation.assign.handOverBody', handOver)}
          confirmLabel={t('cooperation.assign.handOverConfirm')}
          onConfirm={() => send(true)}
          onClose={() => setHandOver(null)}
        />
      ) : null}
    </form>
  );
}

function AbsencesSection({ lead }: { lead: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const absences = useQuery(absencesQuery());
  const staff = useQuery({ ...staffQuery(), enabled: lead });
  const [form, setForm] = useState({ userId: lead ? '' : me.id, from: today(), to: today() });
  const { busy, errors, attempt, onSubmit, summary } = useFieldForm('absence-');
  const [removing, setRemoving] = useState<{ id: string; version: number; name: string } | null>(null);

  const submit = onSubmit(async () => {
    await api.post('/cooperation/absences', { userId: form.userId || undefined, from: form.from, to: form.to });
    await queryClient.invalidateQueries({ queryKey: ['cooperation'] });
  });
  const labels: Record<string, string> = { userId: t('cooperation.contacts.person'), from: t('cooperation.absences.from'), to: t('cooperation.absences.to') };

  return (
    <section aria-labelledby="absences-heading" className="stack">
      <Heading level={2} data-size="sm" id="absences-heading">
        {t('cooperation.absences.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('cooperation.absences.intro')}</Paragraph>
      {absences.isPending ? <Loading /> : null}
      {absences.isError ? <ErrorAlert error={absences.error} /> : null}
      {absences.isSuccess && absences.data.length === 0 ? <Paragraph data-size="sm">{t('cooperation.absences.empty')}</Paragraph> : null}
      {absences.data && absences.data.length > 0 ? (
        <ul className="stack">
          {absences.data.map((a) => (
            <li key={a.id}>
              {t('cooperation.absences.line', { name: a.person.name, from: formatDate(a.from), to: formatDate(a.to) })}{' '}
              {lead || a.person.id === me.id ? (
                <Button variant="tertiary" data-size="sm" onClick={() => setRemoving({ id: a.id, version: a.version, name: a.person.name })}>
                  {t('cooperation.absences.remove')}
                  <span className="visually-hidden">: {a.person.name}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={submit} noValidate className="stack" aria-labelledby="absence-form-heading">
        <Heading level={3} data-size="xs" id="absence-form-heading">
          {lead ? t('cooperation.absences.formHeading') : t('cooperation.absences.formHeadingOwn')}
        </Heading>
        <FormErrorSummary key={attempt} errors={summary(labels)} />
        <div className="field-pair">
          {lead ? (
            <SelectField id="absence-userId" label={labels.userId} value={form.userId} error={errors.userId}
              onChange={(e) => setForm({ ...form, userId: e.target.value })}>
              <Select.Option value="">{t('cooperation.assign.choosePerson')}</Select.Option>
              {(staff.data ?? []).map((s) => <Select.Option key={s.id} value={s.id}>{s.name}</Select.Option>)}
            </SelectField>
          ) : null}
          <Textfield id="absence-from" type="date" label={labels.from} value={form.from} error={errors.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
          <Textfield id="absence-to" type="date" label={labels.to} value={form.to} error={errors.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        </div>
        <div>
          <Button type="submit" loading={busy} disabled={busy}>
            {t('cooperation.absences.submit')}
          </Button>
        </div>
      </form>
      {removing ? (
        <ConfirmDialog
          title={t('cooperation.absences.removeTitle')}
          body={t('cooperation.absences.removeBody', { name: removing.name })}
          confirmLabel={t('cooperation.absences.remove')}
          onConfirm={async () => {
            await api.post(`/cooperation/absences/${removing.id}/remove`, { version: removing.version });
            await queryClient.invalidateQueries({ queryKey: ['cooperation'] });
          }}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}

/** Your own work phone: the municipality sees it next to your name when you are its contact or deputy. */
function WorkPhoneSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: [...meQueryKey, 'work-phone'], queryFn: () => api.get<{ user: { workPhone: string | null } }>('/auth/me') });
  const [phone, setPhone] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useSubmit();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setSaved(false);
      await api.patch('/auth/me', { workPhone: phone ?? me.data?.user.workPhone ?? '' });
      await queryClient.invalidateQueries({ queryKey: ['cooperation'] });
      await me.refetch();
      setPhone(null);
      setSaved(true);
    });
  };
  return (
    <section aria-labelledby="phone-heading" className="stack">
      <Heading level={2} data-size="sm" id="phone-heading">
        {t('cooperation.phone.heading')}
      </Heading>
      {me.data ? (
        <form onSubmit={submit} noValidate className="stack" aria-labelledby="phone-heading">
          {saved ? <Alert data-color="success" role="status" data-size="sm">{t('cooperation.phone.saved')}</Alert> : null}
          <Textfield id="work-phone" type="tel" autoComplete="tel" className="date-field" label={t('cooperation.phone.label')} description={t('cooperation.phone.help')}
            value={phone ?? me.data.user.workPhone ?? ''} error={error} onChange={(e) => setPhone(e.target.value)} />
          <div>
            <Button type="submit" loading={busy} disabled={busy}>{t('common.save')}</Button>
          </div>
        </form>
      ) : <Loading />}
    </section>
  );
}
