import { Alert, Button, Dialog, Fieldset, Heading, Paragraph, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postponementDecidedWith, postponementReasonCodes, type PostponementReason } from '../../../domain/index.ts';
import { api, isApiError } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formatDate, toIsoDate } from '../../format.ts';
import { isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { Participant, Postponement } from '../../types.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';

/**
 * Postponement of the mandatory guidance (src/domain/postponement.ts): the municipality postpones with a standard
 * reason, a justification and an approximate new date, and resumes it again. A centre with an order only reads.
 */
export function PostponementSection({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const mayWrite = isMunicipalityRole(me.role);
  const [postponing, setPostponing] = useState(false);
  const [resuming, setResuming] = useState(false);
  const open = participant.postponement;
  const list = useQuery({
    queryKey: ['postponements', participant.id],
    queryFn: () => api.get<{ items: Postponement[] }>(`/participants/${encodeURIComponent(participant.id)}/postponements`),
    enabled: open !== null,
  });
  const current = list.data?.items.find((p) => p.id === open?.id);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['participant', participant.id] });
    await queryClient.invalidateQueries({ queryKey: ['postponements', participant.id] });
    await queryClient.invalidateQueries({ queryKey: ['participants'] });
    await queryClient.invalidateQueries({ queryKey: ['participant-audit', participant.id] });
  };

  if (!open && (!mayWrite || participant.deadlines.status === 'met')) return null;

  return (
    <section aria-labelledby="postponement-heading" className="stack">
      <div className="section-heading">
        <Heading level={2} data-size="sm" id="postponement-heading">
          {t('postponement.heading')}
        </Heading>
        {mayWrite && !open ? (
          <Button variant="secondary" data-size="sm" onClick={() => setPostponing(true)}>
            {t('postponement.postpone')}
          </Button>
        ) : null}
        {mayWrite && open ? (
          <Button variant="secondary" data-size="sm" onClick={() => setResuming(true)}>
            {t('postponement.resume')}
          </Button>
        ) : null}
      </div>
      {open ? (
        <>
          {open.reminderDue ? (
            <Alert data-color="warning">
              <Paragraph>{t('postponement.reminder', { date: formatDate(open.expectedDate) })}</Paragraph>
            </Alert>
          ) : null}
          <dl className="facts">
            <div>
              <dt>{t('postponement.reason')}</dt>
              <dd>
                {t(`postponementReason.${open.reason}`)}
                {current?.reasonText ? `: ${current.reasonText}` : ''}
              </dd>
            </div>
            <div>
              <dt>{t('postponement.expectedDate')}</dt>
              <dd>{formatDate(open.expectedDate)}</dd>
            </div>
            {current ? (
              <>
                <div>
                  <dt>{t('postponement.justification')}</dt>
                  <dd>{current.justification}</dd>
                </div>
                <div>
                  <dt>{t('postponement.decided')}</dt>
                  <dd>
                    {formatDate(current.decidedOn)} ({t(`postponementDecidedWith.${current.decidedWith}`)})
                  </dd>
                </div>
              </>
            ) : null}
          </dl>
        </>
      ) : (
        <Paragraph data-size="sm">{t('postponement.intro')}</Paragraph>
      )}
      {postponing ? <PostponeDialog participant={participant} onClose={() => setPostponing(false)} onDone={refresh} /> : null}
      {resuming && open ? (
        <ConfirmDialog
          title={t('postponement.resumeTitle')}
          body={t('postponement.resumeBody')}
          confirmLabel={t('postponement.resume')}
          onConfirm={async () => {
            const version = current?.version
              ?? (await api.get<{ items: Postponement[] }>(`/participants/${encodeURIComponent(participant.id)}/postponements`)).items.find((p) => p.id === open.id)?.version
              ?? 1;
            await api.post(`/postponements/${encodeURIComponent(open.id)}/end`, { version });
            await refresh();
          }}
          onClose={() => setResuming(false)}
        />
      ) : null}
    </section>
  );
}

interface Values { reason: PostponementReason | ''; reasonText: string; justification: string; expectedDate: string; decidedWith: string }

function PostponeDialog({ participant, onClose, onDone }: { participant: Participant; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [values, setValues] = useState<Values>({ reason: '', reasonText: '', justification: '', expectedDate: '', decidedWith: 'adviser-alone' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setFormError(undefined);
    try {
      await api.post(`/participants/${encodeURIComponent(participant.id)}/postponements`, {
        reason: values.reason || undefined,
        reasonText: values.reason === 'other' ? values.reasonText : null,
        justification: values.justification,
        expectedDate: values.expectedDate.trim() ? toIsoDate(values.expectedDate) : undefined,
        decidedWith: values.decidedWith,
        version: participant.version,
      });
      await onDone();
      onClose();
    } catch (error) {
      if (isApiError(error, 400) && error.fields.length) {
        setErrors(Object.fromEntries(error.fields.map((f) => [f.path, f.message])));
      } else if (isApiError(error, 409)) {
        setFormError(error.message);
      } else {
        setFormError(isApiError(error) ? error.message : t('errors.unexpected'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {t('postponement.dialogTitle')}
        </Heading>
        <Paragraph data-size="sm">{t('postponement.dialogIntro')}</Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        <form onSubmit={submit} noValidate className="stack">
          <SelectField
            label={t('postponement.reason')}
            value={values.reason}
            onChange={(event) => set('reason', event.target.value as PostponementReason)}
            error={errors['reason']}
          >
            <Select.Option value="">{t('postponement.chooseReason')}</Select.Option>
            {postponementReasonCodes.map((code) => (
              <Select.Option key={code} value={code}>
                {t(`postponementReason.${code}`)}
              </Select.Option>
            ))}
          </SelectField>
          {values.reason === 'other' ? (
            <LimitedTextfield
              limit={textLimits.postponementReasonText}
              label={t('postponement.reasonText')}
              value={values.reasonText}
              onChange={(event) => set('reasonText', event.target.value)}
              error={errors['reasonText']}
            />
          ) : null}
          <LimitedTextfield
            limit={textLimits.reason}
            multiline
            rows={4}
            label={t('postponement.justification')}
            description={t('postponement.justificationHelp')}
            value={values.justification}
            onChange={(event) => set('justification', event.target.value)}
            error={errors['justification']}
          />
          <Textfield
            label={t('postponement.expectedDate')}
            description={t('form.dateHelp')}
            inputMode="numeric"
            className="date-field"
            value={values.expectedDate}
            onChange={(event) => set('expectedDate', event.target.value)}
            error={errors['expectedDate']}
            autoComplete="off"
          />
          <Fieldset>
            <Fieldset.Legend>{t('postponement.decidedWith')}</Fieldset.Legend>
            {postponementDecidedWith.map((value) => (
              <Radio
                key={value}
                name="postponement-decided-with"
                value={value}
                label={t(`postponementDecidedWith.${value}`)}
                checked={values.decidedWith === value}
                onChange={() => set('decidedWith', value)}
              />
            ))}
          </Fieldset>
          {formError ? (
            <Alert data-color="danger" role="alert">
              {formError}
            </Alert>
          ) : null}
          <FormButtons submitLabel={t('postponement.confirm')} busy={busy} onCancel={onClose} />
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
