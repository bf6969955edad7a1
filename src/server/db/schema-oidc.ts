import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';

/**
 * A sign-in with an identity provider between the redirect out and the callback: the PKCE verifier and the nonce
 * stay on the server (in the database, so any instance can take the callback). The browser holds only the state,
 * in a short-lived httpOnly cookie; the row is found by its hash and used once.
 */
export const oidcSignIns = pgTable('oidc_sign_ins', {
  stateHash: text('state_hash').primaryKey(),
  providerId: text('provider_id').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
