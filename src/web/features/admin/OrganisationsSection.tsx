import { Alert, Button, Heading, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import type { Organisation } from '../../types.ts';
import { byName, useCounties, useOrganisations } from './adminQueries.ts';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';

const kinds = ['municipality', 'career-centre', 'national'] as const;

export function OrganisationsSection() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const counties = useCounties();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string>();

  const all = [...(organisations.data ?? [])].sort(byName);
  const centres = all.filter((org) => org.kind === 'career-centre');
  const countyName = (id: string | null | undefined) => counties.data?.find((county) => county.id === id)?.name ?? '–';

  return (
    <section aria-labelledby="organisations-heading" className="stack">
      <div className="section-heading">
        <Heading level={2} data-size="md" id="organisations-heading">
          {t('admin.organisations.heading')}
        </Heading>
        {!creating ? (
          <Button variant="secondary" onClick={() => { setCreated(undefined); setCreating(true); }}>
            {t('admin.organisations.new')}
          </Button>
        ) : null}
      </div>
      {created ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('admin.organisations.created', { name: created })}</Paragraph>
        </Alert>
      ) : null}
      {creating ? (
        <CreateOrganisation
          centres={centres}
          onDone={(name) => {
            setCreating(false);
            setCreated(name);
          }}
        />
      ) : null}
      {organisations.isPending ? <Loading label={t('admin.organisations.loading')} /> : null}
      {organisations.isError ? <ErrorAlert error={organisations.error} /> : null}
      {all.length > 0 ? (
        <DataTable
          zebra
          border
          data-color="neutral"
          labelledBy="organisations-heading"
          headers={[t('admin.organisations.name'), t('admin.organisations.kind'), t('admin.organisations.county'), t('admin.organisations.servedBy')]}
        >
          {all.map((org) => (
            <Table.Row key={org.id}>
              <Table.Cell>{org.name}</Table.Cell>
              <Table.Cell>{t(`organisationKind.${org.kind}`, { defaultValue: org.kind })}</Table.Cell>
              <Table.Cell>{countyName(org.countyId)}</Table.Cell>
              <Table.Cell>
                {org.kind === 'municipality' ? <ServedByEditor organisation={org} centres={centres} /> : '–'}
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}

/** A municipality's career centre decides where its orders go, so it is editable in place. */
function ServedByEditor({ organisation, centres }: { organisation: Organisation; centres: Organisation[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = organisation.servedByCareerCentreId ?? '';
  const [value, setValue] = useState(current);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const save = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      await api.patch(`/admin/organisations/${organisation.id}`, {
        servedByCareerCentreId: value || null,
        version: organisation.version,
      });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'organisations'] });
      setMessage({ ok: true, text: t('admin.organisations.saved') });
    } catch (error) {
      setMessage({
        ok: false,
        text: isApiError(error, 409) ? t('admin.changedByOthers') : isApiError(error) ? error.message : t('errors.unexpected'),
      });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'organisations'] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="inline-edit">
      <SelectField
        label={<span className="ds-sr-only">{t('admin.organisations.servedByFor', { name: organisation.name })}</span>}
        data-size="sm"
        width="auto"
        value={value}
        onChange={(event) => setValue(event.target.value)}
      >
        <Select.Option value="">{t('admin.organisations.noCentre')}</Select.Option>
        {centres.map((centre) => (
          <Select.Option key={centre.id} value={centre.id}>
            {centre.name}
          </Select.Option>
        ))}
      </SelectField>
      {value !== current ? (
        <Button data-size="sm" onClick={() => void save()} loading={busy} disabled={busy}>
          {t('common.save')}
          <span className="ds-sr-only"> – {organisation.name}</span>
        </Button>
      ) : null}
      {message ? (
        <span role="status" className={message.ok ? 'inline-ok' : 'inline-error'}>
          {message.text}
        </span>
      ) : null}
    </div>
  );
}

function CreateOrganisation({ centres, onDone }: { centres: Organisation[]; onDone: (name?: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const counties = useCounties();
  const [kind, setKind] = useState<string>('municipality');
  const [name, setName] = useState('');
  const [countyId, setCountyId] = useState('');
  const [servedBy, setServedBy] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFormError(undefined);
    setErrors({});
    try {
      const created = await api.post<Organisation>('/admin/organisations', {
        kind,
        name: name.trim(),
        countyId: countyId || null,
        ...(kind === 'municipality' ? { servedByCareerCentreId: servedBy || null } : {}),
      });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'organisations'] });
      onDone(created.name);
    } catch (error) {
      if (isApiError(error, 400) && error.fields.length > 0) {
        setErrors(Object.fromEntries(error.fields.map((field) => [field.path, field.message])));
      } else {
        setFormError(isApiError(error) ? error.message : t('errors.unexpected'));
      }
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const ids: Record<string, string> = { kind: 'org-kind', name: 'org-name', countyId: 'org-county', servedByCareerCentreId: 'org-served-by' };
  const labels: Record<string, string> = {
    kind: t('admin.organisations.kind'),
    name: t('admin.organisations.name'),
    countyId: t('admin.organisations.county'),
    servedByCareerCentreId: t('admin.organisations.servedBy'),
  };
  const summary = Object.entries(errors).map(([path, message]) => ({ fieldId: ids[path], label: labels[path], message }));

  return (
    <div className="panel stack">
      <Heading level={3} data-size="xs" id="create-org-heading">
        {t('admin.organisations.new')}
      </Heading>
      <FormErrorSummary key={attempt} errors={summary} />
      <form onSubmit={submit} noValidate className="stack" aria-labelledby="create-org-heading">
        <SelectField id="org-kind" label={t('admin.organisations.kind')} value={kind} onChange={(e) => setKind(e.target.value)} error={errors['kind']}>
          {kinds.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`organisationKind.${value}`)}
            </Select.Option>
          ))}
        </SelectField>
        <LimitedTextfield limit={textLimits.organisationName} id="org-name" label={t('admin.organisations.name')} value={name} onChange={(e) => setName(e.target.value)} error={errors['name']} autoComplete="off" />
        <SelectField id="org-county" label={t('admin.organisations.county')} value={countyId} onChange={(e) => setCountyId(e.target.value)} error={errors['countyId']}>
          <Select.Option value="">{t('form.choose')}</Select.Option>
          {[...(counties.data ?? [])].sort(byName).map((county) => (
            <Select.Option key={county.id} value={county.id}>
              {county.name}
            </Select.Option>
          ))}
        </SelectField>
        {kind === 'municipality' ? (
          <SelectField id="org-served-by" label={t('admin.organisations.servedBy')} value={servedBy} onChange={(e) => setServedBy(e.target.value)} error={errors['servedByCareerCentreId']}>
            <Select.Option value="">{t('admin.organisations.noCentre')}</Select.Option>
            {centres.map((centre) => (
              <Select.Option key={centre.id} value={centre.id}>
                {centre.name}
              </Select.Option>
            ))}
          </SelectField>
        ) : null}
        {formError ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{formError}</Paragraph>
          </Alert>
        ) : null}
        <div className="button-row">
          <Button type="submit" loading={busy} disabled={busy}>
            {t('admin.organisations.create')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => onDone()}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
