import { Alert, Button, Heading, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useMe } from '../../session.ts';
import type { AdminUser, Organisation, Role } from '../../types.ts';
import { byName, useOrganisations, useUsers } from './adminQueries.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';
import type { z } from 'zod';
import type { userCreated } from '../../../server/features/admin/schemas.ts';

const roles: Role[] = [
  'programme-adviser',
  'municipality-lead',
  'career-counsellor',
  'career-centre-lead',
  'administrator',
  'statistics-reader',
  'content-editor',
];

export function UsersSection() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const users = useUsers();
  const organisations = useOrganisations();
  const [creating, setCreating] = useState(false);
  const [createdLink, setCreatedLink] = useState<{ name: string; url: string }>();
  const [deactivating, setDeactivating] = useState<AdminUser | null>(null);

  const orgName = (id: string | null | undefined) =>
    organisations.data?.find((org) => org.id === id)?.name ?? '–';
  const sorted = [...(users.data ?? [])].sort(byName);

  return (
    <section aria-labelledby="users-heading" className="stack">
      <div className="section-heading">
        <Heading level={2} data-size="md" id="users-heading">
          {t('admin.users.heading')}
        </Heading>
        {!creating ? (
          <Button variant="secondary" onClick={() => { setCreatedLink(undefined); setCreating(true); }}>
            {t('admin.users.new')}
          </Button>
        ) : null}
      </div>
      {createdLink ? <OneTimeLink name={createdLink.name} url={createdLink.url} onDismiss={() => setCreatedLink(undefined)} /> : null}
      {creating ? (
        <CreateUser
          organisations={[...(organisations.data ?? [])].sort(byName)}
          onCreated={(name, url) => {
            setCreating(false);
            // No link when it was e-mailed, or when users sign in only with an identity provider.
            if (url) setCreatedLink({ name, url });
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {users.isPending ? <Loading label={t('admin.users.loading')} /> : null}
      {users.isError ? <ErrorAlert error={users.error} /> : null}
      {sorted.length > 0 ? (
        <DataTable
          zebra
          border
          data-color="neutral"
          labelledBy="users-heading"
          headers={[
            t('admin.users.name'),
            t('admin.users.email'),
            t('admin.users.role'),
            t('admin.users.organisation'),
            t('admin.users.status'),
            t('admin.users.actions'),
          ]}
        >
          {sorted.map((user) => (
            <Table.Row key={user.id}>
              <Table.Cell>{user.name}</Table.Cell>
              <Table.Cell>{user.email}</Table.Cell>
              <Table.Cell>{t(`roles.${user.role}`)}</Table.Cell>
              <Table.Cell>{orgName(user.organisationId)}</Table.Cell>
              <Table.Cell>
                {!user.active ? (
                  <Tag data-color="neutral" data-size="sm">{t('admin.users.inactive')}</Tag>
                ) : !user.hasPassword ? (
                  <Tag data-color="warning" data-size="sm">{t('admin.users.noPassword')}</Tag>
                ) : (
                  <Tag data-color="success" data-size="sm">{t('admin.users.active')}</Tag>
                )}
              </Table.Cell>
              <Table.Cell>
                {user.active && user.id !== me.id ? (
                  <Button data-size="sm" variant="tertiary" data-color="danger" onClick={() => setDeactivating(user)}>
                    {t('admin.users.deactivate')}
                    <span className="ds-sr-only"> – {user.name}</span>
                  </Button>
                ) : null}
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      ) : null}
      {deactivating ? (
        <ConfirmDialog
          title={t('admin.users.deactivateTitle', { name: deactivating.name })}
          body={t('admin.users.deactivateBody')}
          confirmLabel={t('admin.users.deactivate')}
          onConfirm={async () => {
            try {
              await api.patch(`/admin/users/${deactivating.id}`, { active: false, version: deactivating.version });
            } catch (error) {
              if (isApiError(error, 409)) throw new Error(t('admin.changedByOthers'));
              throw error;
            } finally {
              await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
            }
          }}
          onClose={() => setDeactivating(null)}
        />
      ) : null}
    </section>
  );
}

/** The set-password link is shown once: the server keeps only a hash of its token. */
function OneTimeLink({ name, url, onDismiss }: { name: string; url: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Alert data-color="success" className="stack-sm">
      <Heading level={3} data-size="xs">
        {t('admin.users.createdHeading', { name })}
      </Heading>
      <Paragraph>{t('admin.users.linkIntro')}</Paragraph>
      <Paragraph className="one-time-link">
        <code data-testid="set-password-url">{url}</code>
      </Paragraph>
      <Paragraph data-size="sm">
        <strong>{t('admin.users.linkShownOnce')}</strong>
      </Paragraph>
      <div className="button-row">
        <Button data-size="sm" onClick={() => void copy()}>
          {t('admin.users.copy')}
        </Button>
        <Button data-size="sm" variant="tertiary" onClick={onDismiss}>
          {t('admin.users.dismissLink')}
        </Button>
        <span role="status" className={copied === false ? 'inline-error' : 'inline-ok'}>
          {copied === true ? t('admin.users.copied') : copied === false ? t('admin.users.copyFailed') : ''}
        </span>
      </div>
    </Alert>
  );
}

function CreateUser({
  organisations,
  onCreated,
  onCancel,
}: {
  organisations: Organisation[];
  onCreated: (name: string, url: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ name: '', email: '', role: '', organisationId: '', oidcSubject: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof values, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFormError(undefined);
    setErrors({});
    try {
      const result = await api.post<z.output<typeof userCreated>>('/admin/users', {
        name: values.name.trim(),
        email: values.email.trim(),
        role: values.role || undefined,
        organisationId: values.organisationId || null,
        oidcSubject: values.oidcSubject.trim() || null,
      });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      onCreated(result.user.name, result.setPasswordUrl);
    } catch (error) {
      // 409 with a field: the e-mail or the sign-in identity belongs to another user.
      if ((isApiError(error, 400) || isApiError(error, 409)) && error.fields.length > 0) {
        setErrors(Object.fromEntries(error.fields.map((field) => [field.path, field.message])));
      } else {
        setFormError(isApiError(error) ? error.message : t('errors.unexpected'));
      }
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const ids: Record<string, string> = { name: 'user-name', email: 'user-email', role: 'user-role', organisationId: 'user-organisation', oidcSubject: 'user-oidc-subject' };
  const labelKeys: Record<string, string> = { organisationId: 'admin.users.organisation', oidcSubject: 'oidc.subject' };
  const summary = Object.entries(errors).map(([path, message]) => ({
    fieldId: ids[path],
    label: ids[path] ? t(labelKeys[path] ?? `admin.users.${path}`) : undefined,
    message,
  }));

  return (
    <div className="panel stack">
      <Heading level={3} data-size="xs" id="create-user-heading">
        {t('admin.users.new')}
      </Heading>
      <FormErrorSummary key={attempt} errors={summary} />
      <form onSubmit={submit} noValidate className="stack" aria-labelledby="create-user-heading">
        <LimitedTextfield limit={textLimits.staffName} id="user-name" label={t('admin.users.name')} value={values.name} onChange={(e) => set('name', e.target.value)} error={errors['name']} autoComplete="off" />
        <Textfield id="user-email" type="email" label={t('admin.users.email')} value={values.email} onChange={(e) => set('email', e.target.value)} error={errors['email']} autoComplete="off" />
        <SelectField id="user-role" label={t('admin.users.role')} value={values.role} onChange={(e) => set('role', e.target.value)} error={errors['role']}>
          <Select.Option value="">{t('form.choose')}</Select.Option>
          {roles.map((role) => (
            <Select.Option key={role} value={role}>
              {t(`roles.${role}`)}
            </Select.Option>
          ))}
        </SelectField>
        <SelectField
          id="user-organisation"
          label={t('admin.users.organisation')}
          description={t('admin.users.organisationHelp')}
          value={values.organisationId}
          onChange={(e) => set('organisationId', e.target.value)}
          error={errors['organisationId']}
        >
          <Select.Option value="">{t('admin.users.noOrganisation')}</Select.Option>
          {organisations.map((org) => (
            <Select.Option key={org.id} value={org.id}>
              {org.name}
            </Select.Option>
          ))}
        </SelectField>
        <Textfield
          id="user-oidc-subject"
          label={t('oidc.subject')}
          description={t('oidc.subjectHelp')}
          value={values.oidcSubject}
          onChange={(e) => set('oidcSubject', e.target.value)}
          error={errors['oidcSubject']}
          autoComplete="off"
        />
        {formError ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{formError}</Paragraph>
          </Alert>
        ) : null}
        <FormButtons submitLabel={t('admin.users.create')} busy={busy} onCancel={onCancel} />
      </form>
    </div>
  );
}
