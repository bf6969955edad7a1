import { Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ComponentProps, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

type TextfieldProps = ComponentProps<typeof Textfield>;
type Field = HTMLInputElement | HTMLTextAreaElement;

/** Whether a text is longer than its limit, counted as the server's zod `.max()` counts (`length`). */
export const tooLong = (value: string | null | undefined, limit: number | undefined): boolean =>
  limit !== undefined && (value ?? '').length > limit;

/**
 * Designsystemet's Textfield (one line, or several with `multiline`) with its character counter, in the user's
 * language (issue 16, item 8): "n tegn igjen" while typing, and "n tegn for mye" as the field's message before saving
 * when the text is too long (Designsystemet then marks the field aria-invalid). `limit` comes from the same constant
 * as the server's schema (src/domain/text-limits.ts, or a brief field's `max`), so what the counter allows is what the
 * server accepts. `limit={undefined}` (a field whose kind has no limit, such as a date in the same list) is a plain
 * Textfield.
 *
 * Sending is stopped before it starts: a too long field refuses its form's submit (the form's own handler never runs,
 * so nothing is saved and nothing is lost) and takes focus, so the counter's message is what the user hears. Forms
 * that save without a submit (autosave, a button's click) check `tooLong` themselves.
 */
export function LimitedTextfield({ limit, ref, ...props }: TextfieldProps & { limit: number | undefined; ref?: Ref<Field> }) {
  const { t } = useTranslation();
  const own = useRef<Field | null>(null);
  const counter = limit !== undefined ? { limit, under: t('form.counterUnder'), over: t('form.counterOver') } : undefined;

  useEffect(() => {
    const form = own.current?.form;
    if (!form || limit === undefined) return;
    const refuse = (event: SubmitEvent) => {
      const field = own.current;
      if (!field || field.disabled || field.readOnly || !tooLong(field.value, limit)) return;
      const first = !event.defaultPrevented;
      event.preventDefault();
      // React listens for submit at its root: stopped at the form, the form's onSubmit never runs.
      event.stopPropagation();
      if (first) field.focus();
    };
    form.addEventListener('submit', refuse);
    return () => form.removeEventListener('submit', refuse);
  }, [limit]);

  const setRef = (element: Field | null) => {
    own.current = element;
    if (typeof ref === 'function') ref(element);
    else if (ref) ref.current = element;
  };
  // With a counter, Designsystemet marks the field invalid only from the count: while a refusal's message is shown,
  // the message decides (the field is invalid) and the counter waits, unless the text is too long (then both show,
  // so a submit refused here always has its reason on screen).
  const over = typeof props.value === 'string' && tooLong(props.value, limit);
  return <Textfield {...(props as TextfieldProps)} ref={setRef} counter={props.error && !over ? undefined : counter} />;
}
