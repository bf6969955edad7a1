import { Alert, Button, Select } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderTransitions } from '../../../domain/index.ts';
import { api, isApiError } from '../../api.ts';
import { ReasonDialog } from '../../components/ReasonDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { isCentreRole, isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { Counsellor, Order, OrderStatusCode } from '../../types.ts';
import { useOrderTransition } from './useOrderTransition.ts';
import { useBriefLabel } from '../brief/briefLabels.ts';

export function useCounsellors(enabled: boolean) {
  return useQuery({
    queryKey: ['counsellors'],
    queryFn: async () => (await api.get<{ items: Counsellor[] }>('/career-centre/counsellors')).items,
    enabled,
    staleTime: 5 * 60_000,
  });
}

type ReasonAction = 'rejected' | 'cancelled';

/** The buttons for what the signed-in user's side may do next with one order. */
export function OrderActions({ order }: { order: Order }) {
  const { t } = useTranslation();
  const me = useMe();
  const transition = useOrderTransition();
  const counsellorSelectId = useId();
  const [reasonAction, setReasonAction] = useState<ReasonAction | null>(null);
  const [counsellorId, setCounsellorId] = useState('');
  const [counsellorError, setCounsellorError] = useState<string>();
  const [error, setError] = useState<string>();
  const [briefFields, setBriefFields] = useState<string[]>([]);
  const briefLabel = useBriefLabel(order.participantId);

  const centre = isCentreRole(me.role);
  const municipality = isMunicipalityRole(me.role);
  const isLead = me.role === 'career-centre-lead';
  const counsellors = useCounsellors(centre && isLead && order.status === 'sent');
  const next = orderTransitions[order.status] as readonly OrderStatusCode[];
  const name = `${order.participant.givenName} ${order.participant.familyName}`;
  const forName = <span className="ds-sr-only"> – {name}</span>;

  const run = async (to: OrderStatusCode, extra: { reason?: string; counsellorId?: string } = {}) => {
    setError(undefined);
    setBriefFields([]);
    setCounsellorError(undefined);
    try {
      await transition.mutateAsync({ order, to, ...extra });
    } catch (caught) {
      if (isApiError(caught, 400) && extra.reason !== undefined) throw caught; // the dialog shows it
      if (isApiError(caught, 400) && caught.fields.some((f) => f.path === 'counsellorId')) {
        setCounsellorError(caught.fields.find((f) => f.path === 'counsellorId')!.message);
        return;
      }
      if (isApiError(caught, 409) && caught.code === 'brief.incomplete') {
        setError(caught.message);
        setBriefFields(caught.fields.map((f) => `${briefLabel(f.path.replace(/^brief\./, ''))}: ${f.message}`));
        return;
      }
      setError(isApiError(caught, 409) ? t('orders.changedByOthers') : isApiError(caught) ? caught.message : t('errors.unexpected'));
    }
  };

  const buttons: React.ReactNode[] = [];
  if (municipality && order.status === 'draft') {
    buttons.push(
      <Button key="send" data-size="sm" onClick={() => void run('sent')} disabled={transition.isPending}>
        {t('orders.actions.send')}
        {forName}
      </Button>,
    );
  }
  if (centre && order.status === 'sent') {
    if (isLead) {
      buttons.push(
        <div key="assign" className="assign">
          <SelectField
            id={counsellorSelectId}
            label={<>{t('orders.assignTo')}{forName}</>}
            data-size="sm"
            value={counsellorId}
            onChange={(event) => setCounsellorId(event.target.value)}
            error={counsellorError}
            width="auto"
          >
            <Select.Option value="">{t('form.choose')}</Select.Option>
            {(counsellors.data ?? []).map((counsellor) => (
              <Select.Option key={counsellor.id} value={counsellor.id}>
                {counsellor.name}
              </Select.Option>
            ))}
          </SelectField>
          <Button
            data-size="sm"
            onClick={() => {
              if (!counsellorId) {
                setCounsellorError(t('orders.chooseCounsellor'));
                return;
              }
              void run('accepted', { counsellorId });
            }}
            disabled={transition.isPending}
          >
            {t('orders.actions.accept')}
            {forName}
          </Button>
        </div>,
      );
    } else {
      buttons.push(
        <Button key="take" data-size="sm" onClick={() => void run('accepted')} disabled={transition.isPending}>
          {t('orders.actions.take')}
          {forName}
        </Button>,
      );
    }
    buttons.push(
      <Button key="reject" data-size="sm" variant="secondary" data-color="danger" onClick={() => setReasonAction('rejected')}>
        {t('orders.actions.reject')}
        {forName}
      </Button>,
    );
  }
  if (centre && order.status === 'accepted') {
    buttons.push(
      <Button key="schedule" data-size="sm" onClick={() => void run('scheduled')} disabled={transition.isPending}>
        {t('orders.actions.schedule')}
        {forName}
      </Button>,
    );
  }
  if (centre && order.status === 'scheduled') {
    buttons.push(
      <Button key="complete" data-size="sm" onClick={() => void run('completed')} disabled={transition.isPending}>
        {t('orders.actions.complete')}
        {forName}
      </Button>,
    );
  }
  const mayCancel = next.includes('cancelled') && (municipality || (centre && order.status !== 'sent'));
  if (mayCancel) {
    buttons.push(
      <Button key="cancel" data-size="sm" variant="tertiary" data-color="danger" onClick={() => setReasonAction('cancelled')}>
        {t('orders.actions.cancel')}
        {forName}
      </Button>,
    );
  }

  if (buttons.length === 0) return null;
  return (
    <div className="order-actions" data-color="accent">
      <div className="button-row">{buttons}</div>
      {error ? (
        <Alert data-color="danger" role="alert" data-size="sm">
          {error}
          {briefFields.length > 0 ? (
            <ul className="brief-blocked">
              {briefFields.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {reasonAction ? (
        <ReasonDialog
          open
          title={t(`orders.reasonDialog.${reasonAction}.title`, { name })}
          description={t(`orders.reasonDialog.${reasonAction}.description`)}
          confirmLabel={t(`orders.reasonDialog.${reasonAction}.confirm`)}
          onConfirm={(reason) => run(reasonAction, { reason })}
          onClose={() => setReasonAction(null)}
        />
      ) : null}
    </div>
  );
}
