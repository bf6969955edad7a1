/**
 * The Designsystemet components the public pages use, as plain React over Designsystemet's CSS (issue 19).
 *
 * The public build (vite.config.ts, `publicBuild`) resolves '@digdir/designsystemet-react' to this file. The real
 * package is bundled whole (its index registers web components and pulls floating-ui, a virtualiser, comboboxes:
 * about 60 KiB gzip even for a Button), which alone would put /kart over its 150 KiB budget. The markup here is
 * the package's own (same elements, classes and data attributes, so the same CSS applies); what the package's
 * `<ds-field>` web component does at run time (label `for`, `aria-describedby` to the help text and the error)
 * is done here while rendering, so it is in the pre-rendered HTML too. Only the props the public pages pass are
 * supported; the types are the package's (the type check sees the real package).
 */
import {
  Children,
  cloneElement,
  isValidElement,
  useId,
  type ComponentProps,
  type ReactElement,
  type ReactNode,
} from 'react';

const cl = (...names: (string | false | null | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

type Props<T extends keyof React.JSX.IntrinsicElements> = ComponentProps<T> & Record<`data-${string}`, unknown>;

export function Heading({ level = 2, className, ...rest }: Props<'h2'> & { level?: 1 | 2 | 3 | 4 | 5 | 6 }) {
  const Tag = `h${level}` as 'h2';
  return <Tag className={cl('ds-heading', className)} {...rest} />;
}

export function Paragraph({ className, variant, ...rest }: Props<'p'> & { variant?: string }) {
  return <p className={cl('ds-paragraph', className)} data-variant={variant} {...rest} />;
}

export function Tag({ className, variant, ...rest }: Props<'span'> & { variant?: string }) {
  return <span className={cl('ds-tag', className)} data-variant={variant} {...rest} />;
}

export function Alert({ className, 'data-color': color = 'info', ...rest }: Props<'div'>) {
  return <div className={cl('ds-alert', className)} data-color={color as string} {...rest} />;
}

export function Card({ className, variant, ...rest }: Props<'div'> & { variant?: string }) {
  return <div className={cl('ds-card', className)} data-variant={variant} {...rest} />;
}

export function SkipLink({ className, ...rest }: Props<'a'>) {
  // The link's text and href arrive through `rest` (children), as with Designsystemet's own SkipLink.
  // eslint-disable-next-line jsx-a11y/anchor-has-content
  return <a className={cl('ds-skip-link', className)} {...rest} />;
}

export function Spinner({ className, ...rest }: Props<'svg'>) {
  return (
    <svg className={cl('ds-spinner', className)} role="img" viewBox="0 0 50 50" {...rest}>
      <circle className="ds-spinner__background" cx="25" cy="25" r="20" fill="none" strokeWidth="5" />
      <circle className="ds-spinner__circle" cx="25" cy="25" r="20" fill="none" strokeWidth="5" />
    </svg>
  );
}

export function Button({
  className,
  variant,
  icon = false,
  loading = false,
  children,
  type = 'button',
  ...rest
}: Props<'button'> & { variant?: string; icon?: boolean; loading?: boolean | ReactNode }) {
  return (
    <button
      type={type}
      aria-busy={Boolean(loading) || undefined}
      className={cl('ds-button', className)}
      data-icon={icon || undefined}
      data-variant={variant}
      {...rest}
    >
      {loading === true ? <Spinner aria-hidden="true" /> : loading}
      {icon && loading ? null : children}
    </button>
  );
}

export function Label({ className, weight, ...rest }: Props<'label'> & { weight?: string }) {
  // The caller passes htmlFor (or the control as a child) through `rest`, as with Designsystemet's own Label.
  // eslint-disable-next-line jsx-a11y/label-has-associated-control
  return <label className={cl('ds-label', className)} data-weight={weight} {...rest} />;
}

export function ValidationMessage({ className, ...rest }: Props<'p'>) {
  return <p className={cl('ds-validation-message', className)} data-field="validation" {...rest} />;
}

function FieldDescription(props: Props<'div'>) {
  return <div data-field="description" {...props} />;
}

function Input({ className, type = 'text', ...rest }: Props<'input'>) {
  return <input className={cl('ds-input', className)} type={type} {...rest} />;
}

function SelectBase({ className, width, ...rest }: Props<'select'> & { width?: string }) {
  return <select className={cl('ds-input', className)} data-width={width} {...rest} />;
}

function SelectOption(props: Props<'option'>) {
  return <option {...props} />;
}

export const Select = Object.assign(SelectBase, { Option: SelectOption });

/** What the package's <ds-field> wires up: the control's id for the label, and its help text and error for it. */
function useFieldIds(id: string | undefined) {
  const base = useId();
  return { control: id ?? `${base}c`, description: `${base}d`, validation: `${base}v` };
}

function FieldBase({ className, children, ...rest }: Props<'div'>) {
  // The control is the field's <select> or <input> child (SelectField): label, help text and error get linked to it.
  const items = Children.toArray(children).filter(isValidElement) as ReactElement<Record<string, unknown>>[];
  // By type, not identity: Children.toArray returns copies (new keys), so its elements are not those mapped below.
  const isControl = (child: ReactElement) => child.type === SelectBase || child.type === Input;
  const control = items.find(isControl);
  const ids = useFieldIds(control?.props['id'] as string | undefined);
  const hasDescription = items.some((child) => child.type === FieldDescription);
  const hasValidation = items.some((child) => child.type === ValidationMessage);
  const describedBy = cl(hasDescription && ids.description, hasValidation && ids.validation);
  return (
    <div className={cl('ds-field', className)} {...rest}>
      {Children.map(children, (child) => {
        if (!isValidElement<Record<string, unknown>>(child)) return child;
        if (child.type === Label) return cloneElement(child, { htmlFor: ids.control });
        if (child.type === FieldDescription) return cloneElement(child, { id: ids.description });
        if (child.type === ValidationMessage) return cloneElement(child, { id: ids.validation });
        if (isControl(child)) return cloneElement(child, { id: ids.control, 'aria-describedby': describedBy });
        return child;
      })}
    </div>
  );
}

export const Field = Object.assign(FieldBase, { Description: FieldDescription });

interface FieldProps {
  label?: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
}

export function Textfield({
  label,
  description,
  error,
  className,
  style,
  'data-size': size,
  'data-color': color,
  id,
  ...rest
}: Props<'input'> & FieldProps & { multiline?: false; counter?: never }) {
  const ids = useFieldIds(id);
  return (
    <div className={cl('ds-field', className)} style={style} data-size={size as string} data-color={color as string}>
      {label ? <Label htmlFor={ids.control}>{label}</Label> : null}
      {description ? <FieldDescription id={ids.description}>{description}</FieldDescription> : null}
      <div className="ds-field-affixes">
        <Input
          id={ids.control}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={cl(Boolean(description) && ids.description, Boolean(error) && ids.validation)}
          {...rest}
        />
      </div>
      {error ? <ValidationMessage id={ids.validation}>{error}</ValidationMessage> : null}
    </div>
  );
}

function choice(type: 'checkbox' | 'radio', role?: 'switch') {
  return function Choice({
    label,
    description,
    error,
    className,
    style,
    'data-size': size,
    variant,
    position,
    id,
    ...rest
  }: Props<'input'> & FieldProps & { variant?: string; position?: string }) {
    const ids = useFieldIds(id);
    return (
      <div className={cl('ds-field', className)} style={style} data-size={size as string} data-variant={variant} data-position={position}>
        <Input
          type={type}
          role={role}
          id={ids.control}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={cl(Boolean(description) && ids.description, Boolean(error) && ids.validation)}
          {...rest}
        />
        {label ? (
          <Label htmlFor={ids.control} weight="regular">
            {label}
          </Label>
        ) : null}
        {description ? <FieldDescription id={ids.description}>{description}</FieldDescription> : null}
        {error ? <ValidationMessage id={ids.validation}>{error}</ValidationMessage> : null}
      </div>
    );
  };
}

export const Checkbox = choice('checkbox');
export const Radio = choice('radio');
export const Switch = choice('checkbox', 'switch');

function TableBase({
  className,
  zebra = false,
  stickyHeader = false,
  border = false,
  hover = false,
  ...rest
}: Omit<Props<'table'>, 'border'> & { zebra?: boolean; stickyHeader?: boolean; border?: boolean; hover?: boolean }) {
  return (
    <table
      className={cl('ds-table', className)}
      data-border={border || undefined}
      data-hover={hover || undefined}
      data-sticky-header={stickyHeader || undefined}
      data-zebra={zebra || undefined}
      {...rest}
    />
  );
}

export const Table = Object.assign(TableBase, {
  Head: (props: Props<'thead'>) => <thead {...props} />,
  Body: (props: Props<'tbody'>) => <tbody {...props} />,
  Foot: (props: Props<'tfoot'>) => <tfoot {...props} />,
  Row: (props: Props<'tr'>) => <tr {...props} />,
  Cell: (props: Props<'td'>) => <td {...props} />,
  HeaderCell: (props: Props<'th'>) => <th {...props} />,
});
