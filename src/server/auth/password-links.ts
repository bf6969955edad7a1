import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { passwordTokens, users } from '../db/schema.ts';
import { hashToken, newToken } from './tokens.ts';
import { hashPassword } from './passwords.ts';
import { clearAccountFailures } from './sign-in-pause.ts';
import { AppError } from '../http/errors.ts';
import { recordAudit } from '../audit/record.ts';

const LINK_HOURS = 72;

/**
 * A one-time link to set a password. The token sits in the URL fragment, which browsers never send to a
 * server, so it does not end up in access logs or proxies.
 */
export async function createPasswordLink(db: Pick<Db, 'insert'>, userId: string, publicUrl: string): Promise<string> {
  const token = newToken();
  await db.insert(passwordTokens).values({
    tokenHash: hashToken(token), userId, expiresAt: new Date(Date.now() + LINK_HOURS * 3600_000),
  });
  return `${publicUrl}/sett-passord#token=${token}`;
}

export async function usePasswordLink(db: Db, token: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [used] = await tx.update(passwordTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordTokens.tokenHash, hashToken(token)), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, new Date())))
      .returning({ userId: passwordTokens.userId });
    if (!used) throw new AppError(400, 'token_invalid');
    const [user] = await tx.update(users).set({ passwordHash, updatedAt: new Date() })
      .where(eq(users.id, used.userId)).returning({ email: users.email });
    await clearAccountFailures(tx, user!.email);
    await recordAudit(tx, { userId: used.userId, organisationId: null }, { type: 'user.password-set' });
  });
}
