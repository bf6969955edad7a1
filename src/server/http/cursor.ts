import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { isValidIsoDate } from '../../domain/index.ts';
import { AppError } from './errors.ts';

/**
 * Keyset pagination over (decision deadline, id): the next page starts after the last row seen, so a page
 * costs the same however deep into the queue it is and however many rows the table holds.
 */
export interface DeadlineCursor { deadline: string; id: string }

export const encodeCursor = (c: DeadlineCursor) => Buffer.from(`${c.deadline}|${c.id}`).toString('base64url');

export function decodeCursor(raw: string | undefined): DeadlineCursor | null {
  if (!raw) return null;
  const [deadline, id] = Buffer.from(raw, 'base64url').toString().split('|');
  // Both parts are cast in SQL (::date, ::uuid), so anything but a real date and a real uuid is refused here.
  if (!deadline || !id || !isValidIsoDate(deadline) || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
    throw new AppError(400, 'validation', {}, [{ path: 'cursor', key: 'invalid' }]);
  }
  return { deadline, id };
}

/**
 * Rows after the cursor in (deadline, id) order; no condition on the first page. Written as a row comparison,
 * not as `deadline > d OR (deadline = d AND id > i)`: PostgreSQL can only use the row form as an index
 * condition on (…, deadline, id), so the scan starts at the cursor. The OR form is a filter that reads and
 * throws away every earlier row of the queue, so a page cost grew with its depth and the table's size.
 */
export function afterCursor(deadline: AnyColumn, id: AnyColumn, cursor: DeadlineCursor | null): SQL | undefined {
  if (!cursor) return undefined;
  return sql`(${deadline}, ${id}) > (${cursor.deadline}::date, ${cursor.id}::uuid)`;
}
