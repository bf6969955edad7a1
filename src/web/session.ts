import { useQuery } from '@tanstack/react-query';
import { api } from './api.ts';
import type { z } from 'zod';
import type { sessionResponse } from '../server/auth/routes.ts';
import type { Me } from './types.ts';

export const meQueryKey = ['me'] as const;

/** Who is signed in and when the session ends; both null when nobody is (the server answers 200, never 401). */
export type SessionInfo = z.output<typeof sessionResponse>;

export function useMeQuery() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: () => api.get<SessionInfo>('/auth/session'),
    staleTime: 5 * 60_000,
  });
}

// The user the signed-in pages last rendered with. When the session ends the cache is emptied while those pages
// are still on their way out; they render once more with this instead of throwing (React error #520, issue 16).
let lastUser: Me | null = null;

/** The signed-in user. Only for pages inside the signed-in layout, which renders them after `me` has loaded. */
export function useMe(): Me {
  const { data } = useMeQuery();
  if (data?.user) lastUser = data.user;
  else if (!lastUser) throw new Error('useMe() outside the signed-in layout');
  return data?.user ?? lastUser!;
}

/** Set while signing out: queries for the signed-in user's data hold back, so none is sent with a dead session. */
export const signOutInProgress = { active: false };
