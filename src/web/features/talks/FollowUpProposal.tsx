import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { formatDate } from '../../format.ts';
import type { Participant } from '../../types.ts';
import type { z } from 'zod';
import type { followUpProposalJson } from '../../../server/features/talks/schemas.ts';

type Proposal = z.output<typeof followUpProposalJson>;

/**
 * The app proposes a follow-up conversation when the programme ends within the municipality's number of months
 * (issue 13 item 5; rule in src/domain/order-talks.ts). Only a proposal: seed 000 says the participant's own wish
 * decides ("beslutningen om ny samtale bør ta utgangspunkt i brukers eget ønske").
 */
export function FollowUpProposal({ participant, onOrder }: { participant: Participant; onOrder: () => void }) {
  const { t } = useTranslation();
  const proposal = useQuery({
    queryKey: ['follow-up-proposal', participant.id, participant.version],
    queryFn: () => api.get<Proposal>(`/participants/${participant.id}/follow-up-proposal`),
  });
  if (!proposal.data?.proposed) return null;
  return (
    <Alert data-color="info" data-testid="follow-up-proposal">
      <Paragraph data-size="sm">
        {t('talks.proposal.text', { date: formatDate(proposal.data.programmeEndDate), count: proposal.data.months })}
      </Paragraph>
      <Paragraph data-size="sm">{t('talks.proposal.wish')}</Paragraph>
      <Button data-size="sm" onClick={onOrder}>{t('talks.followUp.order')}</Button>
    </Alert>
  );
}
