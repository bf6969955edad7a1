/**
 * Typed text not yet saved on the server, kept in this tab's sessionStorage so that an ended session (401 during an
 * autosave) loses nothing: after signing in again the form offers it back (issue 16). It is personal data, so it is
 * kept per user, dropped as soon as the server has it, and cleared on sign-out.
 */
const PREFIX = 'veivalg:unsaved:';

interface Kept<T> { userId: string; value: T }

export function keepUnsaved<T>(key: string, userId: string, value: T): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify({ userId, value } satisfies Kept<T>));
  } catch {
    // Storage full or disabled: the page still holds the text; only the rescue after a lost session is missing.
  }
}

export function dropUnsaved(key: string): void {
  sessionStorage.removeItem(PREFIX + key);
}

/** What this user typed and did not get saved under `key`, or null. Another user's text is removed, never shown. */
export function peekUnsaved<T>(key: string, userId: string): T | null {
  const raw = sessionStorage.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    const kept = JSON.parse(raw) as Kept<T>;
    if (kept.userId === userId) return kept.value;
  } catch {
    // Unreadable: drop it below.
  }
  dropUnsaved(key);
  return null;
}

/** On sign-out: nothing typed stays behind in the browser. */
export function clearUnsaved(): void {
  for (let i = sessionStorage.length - 1; i >= 0; i--) {
    const key = sessionStorage.key(i);
    if (key?.startsWith(PREFIX)) sessionStorage.removeItem(key);
  }
}
