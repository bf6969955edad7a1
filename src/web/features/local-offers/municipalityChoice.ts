import { useSyncExternalStore } from 'react';

/**
 * The municipality a reader chose on /kart (issue 18, item 2). Kept in memory only: it lasts while the page is open
 * (across the map's own pages) and is never written to the URL, storage or a cookie, because where someone lives
 * can, with other details, point to a person.
 */
let chosen = '';
const listeners = new Set<() => void>();

export function setMunicipalityChoice(id: string): void {
  chosen = id;
  for (const listener of listeners) listener();
}

export function useMunicipalityChoice(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => chosen,
    () => '',
  );
}
