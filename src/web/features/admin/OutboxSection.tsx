import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime } from '../../format.ts';
import type { z } from 'zod';
import type { outboxJson } from '../../../server/outbox/routes.ts';

/** E-mails or SMS that failed, as the server shows them: no recipient and no text (src/server/outbox). */
type Outbox = z.output<typeof outboxJson>;

/** E-mails and SMS that could not be sent: being retried, or given up. The administrator sees what kind, not to whom. */
export function OutboxSection() {
  const { t } = useTranslation();
  const outbox = useQuery({
    queryKey: ['admin', 'outbox'],
    queryFn: () => api.get<Outbox>('/admin/outbox'),
  });
  return (
    <section aria-labelledby="outbox-heading" className="stack">
      <Heading level={2} data-size="md" id="outbox-heading">{t('adminOutbox.heading')}</Heading>
      <Paragraph>{t('adminOutbox.intro')}</Paragraph>
      {outbox.isPending ? <Loading label={t('adminOutbox.loading')} /> : null}
      {outbox.isError ? <ErrorAlert error={outbox.error} /> : null}
      {outbox.data ? <Paragraph>{t('adminOutbox.pending', { count: outbox.data.pending })}</Paragraph> : null}
      {outbox.data && outbox.data.items.length === 0 ? <Paragraph>{t('adminOutbox.empty')}</Paragraph> : null}
      {outbox.data && outbox.data.items.length > 0 ? (
        <DataTable
          zebra
          border
          data-color="neutral"
          labelledBy="outbox-heading"
          headers={[t('adminOutbox.created'), t('adminOutbox.kind'), t('adminOutbox.channel'), t('adminOutbox.status'), t('adminOutbox.attempts'), t('adminOutbox.error')]}
        >
          {outbox.data.items.map((m) => (
            <Table.Row key={m.id}>
              <Table.Cell>{formatDateTime(m.createdAt)}</Table.Cell>
              <Table.Cell>{t(`adminOutbox.kinds.${m.kind}`)}</Table.Cell>
              <Table.Cell>{t(`adminOutbox.channels.${m.channel}`)}</Table.Cell>
              <Table.Cell>
                {m.status === 'failed' || !m.nextAttemptAt ? t('adminOutbox.givenUp') : t('adminOutbox.retrying', { at: formatDateTime(m.nextAttemptAt) })}
              </Table.Cell>
              <Table.Cell>{m.attempts}</Table.Cell>
              <Table.Cell><code>{m.lastError ?? '–'}</code></Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
