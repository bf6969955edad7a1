import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api.ts';
import { textLimits } from '../../domain/text-limits.ts';
import { LimitedTextfield } from './LimitedTextfield.tsx';

interface ReasonDialogProps {
  open: boolean;
  title: string;
  description?: string;
  confirmLabel: string;
  onConfirm: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/**
 * Asks for the reason that a rejection or cancellation requires. An empty reason is sent as it is, so that the
 * server's rule (and its message, in the user's language) is the one that applies.
 */
export function ReasonDialog({ open, title, description, confirmLabel, onConfirm, onClose }: ReasonDialogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const close = () => {
    setReason('');
    setFieldError(undefined);
    setFormError(undefined);
    onClose();
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFieldError(undefined);
    setFormError(undefined);
    try {
      await onConfirm(reason.trim());
      close();
    } catch (error) {
      if (isApiError(error, 400)) {
        const reasonError = error.fields.find((field) => field.path === 'reason' || field.path.endsWith('.reason'));
        setFieldError(reasonError?.message ?? error.message);
      } else {
        setFormError(isApiError(error) ? error.message : t('errors.unexpected'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={close} closeButton={t('common.closeDialog')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {title}
        </Heading>
        {description ? <Paragraph>{description}</Paragraph> : null}
      </Dialog.Block>
      <Dialog.Block>
        <form onSubmit={submit} noValidate className="stack">
          <LimitedTextfield
            multiline
            rows={4}
            limit={textLimits.reason}
            label={t('reasonDialog.label')}
            description={t('reasonDialog.description')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={fieldError}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog opens to write the reason: focus goes to its field
            autoFocus
          />
          {formError ? (
            <Alert data-color="danger" role="alert">
              {formError}
            </Alert>
          ) : null}
          <div className="button-row">
            <Button type="submit" data-color="danger" loading={busy} disabled={busy}>
              {confirmLabel}
            </Button>
            <Button type="button" variant="secondary" onClick={close}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
