import { Alert, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import type { z } from 'zod';
import type { talkSettingsJson } from '../../../server/features/talks/schemas.ts';

type TalkSettings = z.output<typeof talkSettingsJson>;

/**
 * A lead's settings for talks (issue 13): the centre lead decides whether a pre-talk and a follow-up talk are expected
 * on each order (then the queue marks the missing ones); the municipality lead how many months before the programme
 * end a follow-up conversation is proposed.
 */
export function TalkSettingsSection({ kind }: { kind: 'centre' | 'municipality' }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['talk-settings'], queryFn: () => api.get<TalkSettings>('/talk-settings') });
  const [expected, setExpected] = useState<boolean | null>(null);
  const [months, setMonths] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!settings.data) return;
    setBusy(true);
    setError(undefined);
    setMessage(null);
    const value = months ?? String(settings.data.followUpProposalMonths);
    const body = kind === 'centre'
      ? { talksExpected: expected ?? settings.data.talksExpected }
      : { followUpProposalMonths: /^\d+$/.test(value.trim()) ? Number(value) : value };
    try {
      const saved = await api.put<TalkSettings>('/talk-settings', { version: settings.data.version, ...body });
      queryClient.setQueryData(['talk-settings'], saved);
      await queryClient.invalidateQueries({ queryKey: ['orders'] });
      setExpected(null);
      setMonths(null);
      setMessage({ ok: true, text: t('talks.settings.saved') });
    } catch (caught) {
      if (isApiError(caught, 400) && caught.fields.length) setError(caught.fields[0]!.message);
      else setMessage({ ok: false, text: isApiError(caught, 409) ? t('talks.stale') : isApiError(caught) ? caught.message : t('errors.unexpected') });
      if (isApiError(caught, 409)) await settings.refetch();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack" aria-labelledby="talk-settings-heading">
      <Heading level={2} data-size="sm" id="talk-settings-heading">{t('talks.settings.heading')}</Heading>
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? <ErrorAlert error={settings.error} /> : null}
      {settings.data ? (
        <form onSubmit={submit} noValidate className="stack">
          {kind === 'centre' ? (
            <Fieldset>
              <Fieldset.Legend>{t('talks.settings.expected')}</Fieldset.Legend>
              <Fieldset.Description>{t('talks.settings.expectedHelp')}</Fieldset.Description>
              {([true, false] as const).map((value) => (
                <Radio
                  key={String(value)}
                  name="talks-expected"
                  value={String(value)}
                  label={value ? t('talks.settings.expectedYes') : t('talks.settings.expectedNo')}
                  checked={(expected ?? settings.data.talksExpected) === value}
                  onChange={() => setExpected(value)}
                />
              ))}
            </Fieldset>
          ) : (
            <>
              <Textfield
                label={t('talks.settings.months')}
                description={t('talks.settings.monthsHelp', { count: settings.data.defaultFollowUpProposalMonths })}
                inputMode="numeric"
                value={months ?? String(settings.data.followUpProposalMonths)}
                onChange={(event) => setMonths(event.target.value)}
                error={error}
                className="number-field"
              />
              <Paragraph data-size="xs" className="muted">{t('talks.settings.monthsSource')}</Paragraph>
            </>
          )}
          {message ? <Alert data-color={message.ok ? 'success' : 'danger'} role={message.ok ? 'status' : 'alert'}>{message.text}</Alert> : null}
          <FormButtons submitLabel={t('talks.settings.save')} busy={busy} onCancel={() => { setExpected(null); setMonths(null); setError(undefined); }} />
        </form>
      ) : null}
    </section>
  );
}
