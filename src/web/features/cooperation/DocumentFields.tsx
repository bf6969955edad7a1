import { Checkbox, Fieldset, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { cooperationDocumentKinds, type CooperationDocumentKind } from '../../../domain/cooperation-documents.ts';
import { centreMunicipalitiesQuery } from './cooperationApi.ts';
import type { Counsellor } from '../../types.ts';

const staffQuery = () => ({
  queryKey: ['career-centre', 'counsellors'],
  queryFn: async () => (await api.get<{ items: Counsellor[] }>('/career-centre/counsellors')).items,
});

/** A text field with the limit shown as a counter while typing (the same limit the server enforces). */
export function LimitedText({ id, label, description, value, limit, error, multiline, rows, onChange }: {
  id: string; label: string; description?: string; value: string; limit: number; error?: string; multiline?: boolean; rows?: number;
  onChange: (value: string) => void;
}) {
  return multiline ? (
    <LimitedTextfield limit={limit} id={id} label={label} description={description} value={value} error={error} multiline rows={rows ?? 8}
      onChange={(e) => onChange(e.target.value)} />
  ) : (
    <LimitedTextfield limit={limit} id={id} label={label} description={description} value={value} error={error} onChange={(e) => onChange(e.target.value)} />
  );
}

export function KindField({ value, error, onChange }: { value: CooperationDocumentKind; error?: string; onChange: (kind: CooperationDocumentKind) => void }) {
  const { t } = useTranslation();
  return (
    <SelectField id="document-kind" label={t('cooperationDocuments.fields.kind')} value={value} error={error}
      onChange={(e) => onChange(e.target.value as CooperationDocumentKind)}>
      {cooperationDocumentKinds.map((k) => <Select.Option key={k} value={k}>{t(`cooperationDocuments.kind.${k}`)}</Select.Option>)}
    </SelectField>
  );
}

export function OwnerField({ value, error, onChange }: { value: string; error?: string; onChange: (userId: string) => void }) {
  const { t } = useTranslation();
  const staff = useQuery(staffQuery());
  return (
    <SelectField id="document-ownerUserId" label={t('cooperationDocuments.fields.owner')} description={t('cooperationDocuments.fields.ownerHelp')}
      value={value} error={error} onChange={(e) => onChange(e.target.value)}>
      <Select.Option value="">{t('cooperationDocuments.fields.chooseOwner')}</Select.Option>
      {(staff.data ?? []).map((s) => <Select.Option key={s.id} value={s.id}>{s.name}</Select.Option>)}
    </SelectField>
  );
}

/** The municipalities the centre serves, as check boxes: the ones ticked are the parties who read the document. */
export function PartiesField({ value, error, onChange }: { value: string[]; error?: string; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const municipalities = useQuery(centreMunicipalitiesQuery());
  return (
    <Fieldset id="document-municipalityIds" tabIndex={-1}>
      <Fieldset.Legend>{t('cooperationDocuments.fields.parties')}</Fieldset.Legend>
      <Fieldset.Description>{t('cooperationDocuments.fields.partiesHelp')}</Fieldset.Description>
      {(municipalities.data ?? []).map(({ municipality: m }) => (
        <Checkbox key={m.id} label={m.name} value={m.id} checked={value.includes(m.id)}
          onChange={(e) => onChange(e.target.checked ? [...value, m.id] : value.filter((x) => x !== m.id))} />
      ))}
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
