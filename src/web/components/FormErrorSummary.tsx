import { ErrorSummary } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export interface SummaryError {
  /** id of the input the message belongs to; undefined for errors that belong to no single field */
  fieldId?: string;
  /** the field's label, so "Feltet må fylles ut." says which field */
  label?: string;
  message: string;
}

/**
 * Lists every problem at the top of a form. Designsystemet's element takes focus when it appears, so give it a
 * new `key` on each failed submit to move focus there again.
 */
export function FormErrorSummary({ errors }: { errors: SummaryError[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <ErrorSummary className="form-error-summary">
      <ErrorSummary.Heading>{t('form.errorSummaryHeading')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((error, index) => (
          <ErrorSummary.Item key={`${error.fieldId ?? ''}-${index}`}>
            {error.fieldId ? (
              <ErrorSummary.Link
                href={`#${error.fieldId}`}
                onClick={(event) => {
                  const field = document.getElementById(error.fieldId!);
                  if (!field) return;
                  event.preventDefault();
                  field.focus();
                  field.scrollIntoView({ block: 'center' });
                }}
              >
                {error.label ? `${error.label}: ${error.message}` : error.message}
              </ErrorSummary.Link>
            ) : (
              error.message
            )}
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
