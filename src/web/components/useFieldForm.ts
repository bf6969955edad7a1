import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsFrom } from '../api.ts';
import type { SummaryError } from './FormErrorSummary.tsx';
import { useSubmit } from './useSubmit.ts';

/** A message about `municipalityIds.2` belongs to the field `municipalityIds`. */
const firstSegment = (path: string) => path.split('.')[0] ?? '';

/**
 * A form whose failed save shows the server's messages at their fields and in a summary at the top.
 * `onSubmit(send)` is the form's submit handler: it clears the messages, runs `send` (busy meanwhile) and, when it
 * fails, shows the messages; `attempt` changes on each failure, so `<FormErrorSummary key={attempt}>` takes focus
 * again. `save(send)` does the same outside a submit (after a confirmation). `summary(labels)` lists the messages,
 * each linked to its field, whose id is `fieldIdPrefix` + the name (or what the function gives).
 */
export function useFieldForm(fieldIdPrefix: string | ((name: string) => string)) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const { busy, run } = useSubmit();
  const save = (send: () => Promise<unknown>) =>
    run(async () => {
      setErrors({});
      try {
        await send();
      } catch (error) {
        setErrors(formErrorsFrom(error, t('errors.unexpected'), firstSegment));
        setAttempt((n) => n + 1);
      }
    });
  const onSubmit = (send: () => Promise<unknown>) => (event: FormEvent) => {
    event.preventDefault();
    void save(send);
  };
  const idOf = typeof fieldIdPrefix === 'string' ? (name: string) => `${fieldIdPrefix}${name}` : fieldIdPrefix;
  const summary = (labels: Record<string, string>): SummaryError[] =>
    Object.entries(errors).map(([name, message]) => ({ fieldId: name === '_form' ? undefined : idOf(name), label: labels[name], message }));
  return { busy, errors, attempt, onSubmit, save, summary, clearErrors: () => setErrors({}) };
}
