import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDate } from '../../format.ts';
import type { z } from 'zod';
import type { participantAccessJson } from '../../../server/features/participants/schemas.ts';

type Access = z.output<typeof participantAccessJson>;

/**
 * Which organisations can see this participant today, and why (the municipality lead; the rule is in
 * src/domain/centre-access.ts). A centre that is not listed gets "not found" for everything about the participant.
 */
export function AccessSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const access = useQuery({
    queryKey: ['participant-access', participantId],
    queryFn: () => api.get<Access>(`/participants/${participantId}/access`),
  });
  return (
    <section aria-labelledby="access-heading" className="stack">
      <Heading level={2} data-size="sm" id="access-heading">
        {t('privacy.access.heading')}
      </Heading>
      {access.isPending ? <Loading label={t('privacy.access.loading')} /> : null}
      {access.isError ? <ErrorAlert error={access.error} /> : null}
      {access.isSuccess ? (
        <>
          <Paragraph data-size="sm">{t('privacy.access.intro', { days: access.data.centreAccessDays })}</Paragraph>
          <DataTable
            zebra
            border
            data-color="neutral"
            labelledBy="access-heading"
            headers={[t('privacy.access.organisation'), t('privacy.access.why'), t('privacy.access.until')]}
          >
            {access.data.items.map((entry) => (
              <Table.Row key={entry.organisationId}>
                <Table.Cell>{entry.organisationName}</Table.Cell>
                <Table.Cell>
                  {t(`privacy.access.reasons.${entry.reason}`)}
                  {entry.orders.length > 0 ? (
                    <span className="muted">
                      {' – '}
                      {entry.orders.map((order) => t(`orderStatus.${order.status}`, { defaultValue: order.status })).join(', ')}
                    </span>
                  ) : null}
                </Table.Cell>
                <Table.Cell>{entry.until ? formatDate(entry.until) : t('privacy.access.untilOpen')}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
          <Paragraph data-size="sm">
            <Link to={`/deltakere/${participantId}/innsyn`}>{t('privacy.export.link')}</Link>
          </Paragraph>
        </>
      ) : null}
    </section>
  );
}
