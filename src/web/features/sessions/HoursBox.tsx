import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { z } from 'zod';
import type { participantHoursJson } from '../../../server/features/hours/routes.ts';

type Hours = z.output<typeof participantHoursJson>;
type Line = Hours['individual'];

/** Guidance used by one participant against the 90 + 90 minute cost estimate (an estimate, not a cap). */
export function HoursBox({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const hours = useQuery({
    queryKey: ['sessions', 'hours', participantId],
    queryFn: () => api.get<Hours>(`/participants/${participantId}/hours`),
  });
  if (!hours.data) return null;
  const line = (label: string, value: Line) => (
    <div>
      <dt>{label}</dt>
      <dd>
        {t('centre.hours.used', { used: value.usedMinutes, estimate: value.estimateMinutes })}
        {value.overEstimate ? (
          <>
            {' '}
            <Tag data-size="sm" data-color="warning">{t('centre.hours.over')}</Tag>
          </>
        ) : null}
      </dd>
    </div>
  );
  return (
    <div className="stack-sm" data-hours>
      <Heading level={3} data-size="2xs">
        {t('centre.hours.participantHeading')}
      </Heading>
      <dl className="facts facts--compact">
        {line(t('centre.hours.individual'), hours.data.individual)}
        {line(t('centre.hours.group'), hours.data.group)}
      </dl>
      <Paragraph data-size="sm" className="muted">{t('centre.hours.estimateNote')}</Paragraph>
    </div>
  );
}
