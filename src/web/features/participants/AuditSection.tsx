import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime } from '../../format.ts';
import type { AuditEvent } from '../../types.ts';
import { useFieldLabel } from './CorrectionSection.tsx';

function details(t: (key: string, options?: Record<string, unknown>) => string, event: AuditEvent, fieldLabel: (field: string) => string): string {
  const data = (event.data ?? {}) as Record<string, unknown>;
  if (event.type === 'participant.corrected' && typeof data['field'] === 'string') {
    const field = fieldLabel(data['field']);
    // The values come from the correction's record, for the municipality's lead only, and are gone after erasure.
    const c = event.correction;
    return c
      ? t('audit.corrected', { field, from: c.oldValue ?? t('privacy.correct.empty'), to: c.newValue ?? t('privacy.correct.empty'), reason: c.reason })
      : t('audit.correctedField', { field });
  }
  if (event.type === 'order.transitioned' && typeof data['to'] === 'string') {
    return t('audit.toStatus', { status: t(`orderStatus.${data['to']}`, { defaultValue: data['to'] }) });
  }
  // What went into a summary for NAV (issue 13 item 5): the names of the ticked parts.
  if (event.type === 'nav-handover.prepared' && Array.isArray(data['included'])) {
    return (data['included'] as string[]).map((part) => t(`talks.nav.items.${part}`, { defaultValue: part })).join(', ');
  }
  if (Array.isArray(data['changedFields']) && data['changedFields'].length > 0) {
    const names = (data['changedFields'] as string[]).map((field) => t(`participant.${field}`, { defaultValue: field }));
    return t('audit.changedFields', { fields: names.join(', ') });
  }
  return '';
}

/** Who looked at or changed this participant, and when (leads and administrators). */
export function AuditSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const audit = useQuery({
    queryKey: ['participant-audit', participantId],
    queryFn: async () => (await api.get<{ items: AuditEvent[] }>(`/participants/${participantId}/audit`)).items,
  });
  return (
    <section aria-labelledby="audit-heading" className="stack">
      <Heading level={2} data-size="sm" id="audit-heading">
        {t('audit.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('audit.intro')}</Paragraph>
      {audit.isPending ? <Loading label={t('audit.loading')} /> : null}
      {audit.isError ? <ErrorAlert error={audit.error} /> : null}
      {audit.isSuccess && audit.data.length === 0 ? <Paragraph>{t('audit.empty')}</Paragraph> : null}
      {audit.isSuccess && audit.data.length > 0 ? (
        <DataTable zebra border data-color="neutral" labelledBy="audit-heading" headers={[t('audit.at'), t('audit.event'), t('audit.actor')]}>
          {audit.data.map((event) => {
            const extra = details(t, event, fieldLabel);
            return (
              <Table.Row key={event.id}>
                <Table.Cell>
                  <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                </Table.Cell>
                <Table.Cell>
                  {t(`audit.types.${event.type}`, { defaultValue: event.type })}
                  {extra ? <span className="muted"> – {extra}</span> : null}
                </Table.Cell>
                <Table.Cell>
                  {event.actor ? `${event.actor.name} (${t(`roles.${event.actor.role}`)})` : t('common.unknown')}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </DataTable>
      ) : null}
    </section>
  );
}
