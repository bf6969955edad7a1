import { and, eq, gt, or, type AnyColumn, type SQL } from 'drizzle-orm';
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
  if (!deadline || !id || !/^\d{4}-\d{2}-\d{2}$/.test(deadline) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new AppError(400, 'validation', {}, [{ path: 'cursor', key: 'invalid' }]);
  }
  return { deadline, id };
}

/** Rows after the cursor in (deadline, id) order; no condition on the first page. */
export function afterCursor(deadline: AnyColumn, id: AnyColumn, cursor: DeadlineCursor | null): SQL | undefined {
  if (!cursor) return undefined;
  return or(gt(deadline, cursor.deadline), and(eq(deadline, cursor.deadline), gt(id, cursor.id)));
}
