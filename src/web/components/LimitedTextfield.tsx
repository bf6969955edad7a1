import { Textfield } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

type TextfieldProps = ComponentProps<typeof Textfield>;

/**
 * Designsystemet's Textfield with its character counter, in the user's language (issue 16, item 8): "n tegn igjen"
 * while typing, and "n tegn for mye" as the field's message before saving when the text is too long. `limit` comes
 * from the same constant as the server's schema (src/domain/text-limits.ts, or a brief field's `max`), so what the
 * counter allows is what the server accepts. Without `limit` it is a plain Textfield.
 */
export function LimitedTextfield({ limit, ...props }: TextfieldProps & { limit?: number }) {
  const { t } = useTranslation();
  const counter = limit ? { limit, under: t('form.counterUnder'), over: t('form.counterOver') } : undefined;
  // With a counter, Designsystemet marks the field invalid only from the count: while a refusal's message is shown,
  // the message decides (the field is invalid) and the counter waits.
  return <Textfield {...(props as TextfieldProps)} counter={props.error ? undefined : counter} />;
}
