import { Table, type TableProps } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

type DataTableProps = Omit<TableProps, 'children' | 'className'> & {
  /** Column headers, in order. */
  headers: ReactNode[];
  /** The rows (`<Table.Row>`s). */
  children: ReactNode;
  /** Class names beside `data-table`. */
  className?: string;
} & (
    | { /** The table's caption: it names the table and its scrollable region. */ caption: ReactNode; labelledBy?: never }
    | { caption?: never; /** For a table without a caption: the id of the heading that names its region. */ labelledBy: string }
  );

/**
 * A Designsystemet table in a region that scrolls sideways on narrow screens. The region can take keyboard focus
 * (so it can be scrolled without a mouse) and is named by the table's caption or by the given heading.
 */
export function DataTable({ caption, labelledBy, headers, children, className, ...tableProps }: DataTableProps) {
  const captionId = useId();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy ?? captionId}>
      <Table data-size="sm" {...tableProps} className={className ? `data-table ${className}` : 'data-table'}>
        {labelledBy ? null : <caption id={captionId}>{caption}</caption>}
        <Table.Head>
          <Table.Row>
            {headers.map((header, index) => (
              <Table.HeaderCell key={index}>{header}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
      </Table>
    </div>
  );
}
