import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import type { z } from 'zod';
import type { transitionInput } from '../../../server/features/orders/schemas.ts';
import type { Order, OrderStatusCode } from '../../types.ts';

export interface TransitionRequest {
  order: Order;
  to: OrderStatusCode;
  reason?: string;
  counsellorId?: string;
}

/** Everything an order change can make stale: the queues, the participant page and the start page counts. */
export async function invalidateOrderViews(queryClient: QueryClient, participantId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['orders'] }),
    queryClient.invalidateQueries({ queryKey: ['participant-orders', participantId] }),
    queryClient.invalidateQueries({ queryKey: ['participant', participantId] }),
    queryClient.invalidateQueries({ queryKey: ['participant-audit', participantId] }),
    queryClient.invalidateQueries({ queryKey: ['participants'] }),
    queryClient.invalidateQueries({ queryKey: ['start'] }),
    queryClient.invalidateQueries({ queryKey: ['brief', participantId] }),
    queryClient.invalidateQueries({ queryKey: ['sessions'] }),
  ]);
}

export function useOrderTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    // The order's version travels with every change, so a stale screen gets 409 instead of overwriting.
    mutationFn: ({ order, to, reason, counsellorId }: TransitionRequest) =>
      api.post<Order>(`/orders/${order.id}/transitions`, {
        to,
        version: order.version,
        ...(reason !== undefined ? { reason } : {}),
        ...(counsellorId ? { counsellorId } : {}),
      } satisfies z.input<typeof transitionInput>),
    onSettled: (_data, _error, { order }) => invalidateOrderViews(queryClient, order.participantId),
  });
}
