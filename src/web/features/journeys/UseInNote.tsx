import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanStep } from '../../../domain/index.ts';
import { api, ApiError, isApiError } from '../../api.ts';
import type { Note } from '../notes/noteApi.ts';
import { notePath } from '../notes/noteApi.ts';
import type { Order } from '../../types.ts';

type OrderItem = Pick<Order, 'id' | 'status'>;

/**
 * "Bruk i notatet": copies Plan A and Plan B as they stand into the draft of the counsellor's note, through the
 * note API (the note's Plan A/B use the same PlanStep). Only a draft can take them; a note in review or sent cannot.
 */
export function UseInNote({ participantId, planA, planB }: { participantId: string; planA: PlanStep[]; planB: PlanStep[] }) {
  const { t } = useTranslation();
  const copy = useMutation({
    mutationFn: async (): Promise<string> => {
      const { items } = await api.get<{ items: OrderItem[] }>(`/participants/${encodeURIComponent(participantId)}/orders`);
      const order = items.find((o) => o.status !== 'draft' && o.status !== 'cancelled' && o.status !== 'rejected');
      if (!order) throw new ApiError(404, 'no-order', t('journeys.note.noOrder'));
      let note: Note;
      try {
        note = await api.get<Note>(`/orders/${encodeURIComponent(order.id)}/note`);
      } catch (error) {
        if (!isApiError(error) || error.status !== 404) throw error;
        note = await api.post<Note>(`/orders/${encodeURIComponent(order.id)}/note`, {});
      }
      if (note.status !== 'draft') throw new ApiError(409, 'not-draft', t('journeys.note.notDraft'));
      await api.put<Note>(`/notes/${encodeURIComponent(note.id)}/draft`, { version: note.version, content: { ...note.content, planA, planB } });
      return order.id;
    },
  });
  return (
    <div className="stack">
      <div className="button-row">
        <Button variant="secondary" data-size="sm" onClick={() => copy.mutate()} disabled={copy.isPending} aria-busy={copy.isPending}>
          {copy.isPending ? t('journeys.note.copying') : t('journeys.note.use')}
        </Button>
      </div>
      {copy.isSuccess ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('journeys.note.copied')} <Link to={notePath(copy.data)}>{t('journeys.note.open')}</Link></Paragraph>
        </Alert>
      ) : null}
      {copy.isError ? (
        <Alert data-color="warning" role="alert"><Paragraph>{isApiError(copy.error) ? copy.error.message : t('errors.unexpected')}</Paragraph></Alert>
      ) : null}
    </div>
  );
}
