import { Field, Label, Select, ValidationMessage, type SelectProps } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

type SelectFieldProps = SelectProps & {
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
};

/** Designsystemet's Select is a bare <select>; this gives it a label, help text and an error like Textfield. */
export function SelectField({ label, description, error, children, className, ...rest }: SelectFieldProps) {
  return (
    <Field className={className}>
      <Label>{label}</Label>
      {description ? <Field.Description>{description}</Field.Description> : null}
      <Select aria-invalid={error ? true : undefined} {...rest}>
        {children}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
