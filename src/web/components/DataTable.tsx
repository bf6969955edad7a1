import { Table, type TableProps } from '@digdir/designsystemet-react';
import { useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

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
 * Writes each column's header text on the cells of that column (`data-label`), so that on a narrow screen, where
 * styles.css shows every row as a card of stacked cells, each value keeps its heading beside it (issue 16, item 5).
 * Read from the rendered headers, so a page needs no change; a cell spanning columns is labelled by its first.
 */
export function labelCells(table: HTMLTableElement): void {
  const headings = [...table.querySelectorAll<HTMLTableCellElement>(':scope > thead > tr:first-child > th')].map(
    (th) => th.textContent?.trim() ?? '',
  );
  for (const row of table.querySelectorAll<HTMLTableRowElement>(':scope > tbody > tr')) {
    let column = 0;
    for (const cell of row.cells) {
      const label = headings[column] ?? '';
      if (cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
      column += cell.colSpan || 1;
    }
  }
}

/**
 * For a table that cannot use DataTable (its own caption or layout): labels its cells like DataTable does, so that
 * with the class `data-table` it also becomes cards of labelled cells on a phone. Give the returned ref to the table.
 */
export function useCellLabels(): RefObject<HTMLTableElement | null> {
  const tableRef = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    labelCells(table);
    // Rows come and go (more loaded, a row re-rendered by its own state) and headers change with the language.
    // Only attributes are written by labelCells, so this observer does not wake itself.
    const observer = new MutationObserver(() => labelCells(table));
    observer.observe(table, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  });
  return tableRef;
}

/**
 * A Designsystemet table in a region that scrolls sideways if it must. The region can take keyboard focus (so it can
 * be scrolled without a mouse) and is named by the table's caption or by the given heading. Below 48rem (phones)
 * each row is shown as a card: the cells stacked, each under its column's heading (see `.data-table` in styles.css),
 * so no column is hidden off screen.
 */
export function DataTable({ caption, labelledBy, headers, children, className, ...tableProps }: DataTableProps) {
  const captionId = useId();
  const tableRef = useCellLabels();
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus to scroll by keyboard
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy ?? captionId}>
      <Table ref={tableRef} data-size="sm" {...tableProps} className={className ? `data-table ${className}` : 'data-table'}>
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
