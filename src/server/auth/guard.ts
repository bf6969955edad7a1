import type { FastifyRequest } from 'fastify';
import { AppError, forbidden } from '../http/errors.ts';
import type { Actor, Role } from './actor.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** The signed-in actor, or 401. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError(401, 'unauthenticated');
  return req.actor;
}

/** The signed-in actor if the role is one of these, otherwise 403 (the role, not the record, is refused). */
export function requireRole(req: FastifyRequest, allowed: readonly Role[]): Actor {
  const actor = actorOf(req);
  if (!allowed.includes(actor.role)) throw forbidden();
  return actor;
}
