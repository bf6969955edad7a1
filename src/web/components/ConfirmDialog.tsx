import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from './useSubmit.ts';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

/** "Are you sure?" for actions that are hard to undo. Mount it to open it. */
export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { busy, error, run } = useSubmit();

  const confirm = () =>
    run(async () => {
      await onConfirm();
      onClose();
    });

  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block className="stack">
        <Paragraph>{body}</Paragraph>
        {error ? (
          <Alert data-color="danger" role="alert">
            {error}
          </Alert>
        ) : null}
        <div className="button-row">
          <Button data-color="danger" onClick={() => void confirm()} loading={busy} disabled={busy}>
            {confirmLabel}
          </Button>
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- a dialog puts focus on its safe choice when it opens */}
          <Button variant="secondary" onClick={onClose} autoFocus>
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
