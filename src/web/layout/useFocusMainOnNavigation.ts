import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

// Module level, not a ref: the layouts remount when the router swaps them, and that is not a navigation.
let lastPathname: string | null = null;

/**
 * After client-side navigation, move focus to the new page so screen readers start there (not on the old link).
 * Used by the staff app's layouts and the public pages' shell; a file of its own so the public build imports
 * nothing else of the staff layout.
 */
export function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (lastPathname !== null && lastPathname !== pathname) mainRef.current?.focus();
    lastPathname = pathname;
  }, [pathname]);
  return mainRef;
}
