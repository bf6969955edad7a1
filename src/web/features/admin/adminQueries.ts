import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import type { AdminUser, County, Organisation } from '../../types.ts';

export const useOrganisations = () =>
  useQuery({
    queryKey: ['admin', 'organisations'],
    queryFn: async () => (await api.get<{ items: Organisation[] }>('/admin/organisations')).items,
  });

export const useCounties = () =>
  useQuery({
    queryKey: ['admin', 'counties'],
    queryFn: async () => (await api.get<{ items: County[] }>('/admin/counties')).items,
    staleTime: 60 * 60_000,
  });

export const useUsers = () =>
  useQuery({
    queryKey: ['admin', 'users'],
    queryFn: async () => (await api.get<{ items: AdminUser[] }>('/admin/users')).items,
  });

export const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'nb');
