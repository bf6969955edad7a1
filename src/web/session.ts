import { useQuery } from '@tanstack/react-query';
import { api } from './api.ts';
import type { Me } from './types.ts';

export const meQueryKey = ['me'] as const;

export function useMeQuery() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async () => (await api.get<{ user: Me }>('/auth/me')).user,
    staleTime: 5 * 60_000,
  });
}

/** The signed-in user. Only for pages inside the signed-in layout, which renders them after `me` has loaded. */
export function useMe(): Me {
  const { data } = useMeQuery();
  if (!data) throw new Error('useMe() outside the signed-in layout');
  return data;
}
