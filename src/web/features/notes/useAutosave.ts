import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, isApiError } from '../../api.ts';
import { useMe } from '../../session.ts';
import { dropUnsaved, keepUnsaved, peekUnsaved } from '../../unsaved.ts';
import { noteKey, type Note, type NoteContent } from './noteApi.ts';
import { noteTooLong } from './noteText.ts';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  /** A text is longer than its limit (its counter says which): not sent, since the server would refuse the draft. */
  | { kind: 'too-long' }
  /** Someone else saved (or the note left draft): the typed text stays on the page until the user chooses. */
  | { kind: 'conflict'; message: string };

/** Milliseconds after the last keystroke before the draft is saved. */
export const AUTOSAVE_DELAY = 1500;

/**
 * Keeps the typed draft in local state and saves it with PUT /notes/{id}/draft 1.5 s after typing stops. The
 * local text is the truth while the page is open: a failed or conflicting save never replaces it, so nothing the
 * counsellor typed is lost. Saves never overlap; edits made during a save are saved right after it.
 */
export function useAutosave(note: Note) {
  const queryClient = useQueryClient();
  const me = useMe();
  const unsavedKey = `note:${note.id}`;
  // Text typed before the session ended (kept in sessionStorage, unsaved.ts) comes back and is saved again.
  const [rescued] = useState(() => {
    const kept = peekUnsaved<NoteContent>(unsavedKey, me.id);
    return kept && JSON.stringify(kept) !== JSON.stringify(note.content) ? kept : null;
  });
  const [content, setContent] = useState<NoteContent>(rescued ?? note.content);
  const [state, setState] = useState<SaveState>(rescued ? { kind: 'pending' } : { kind: 'saved', at: note.updatedAt ?? null });
  const latest = useRef(content);
  const version = useRef(note.version);
  const dirty = useRef(rescued !== null);
  const signedOut = useRef(false);
  const saving = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const blocked = useRef(false);

  const save = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (saving.current) {
      await saving.current;
      if (dirty.current && !blocked.current) return save();
      return;
    }
    if (!dirty.current || blocked.current || signedOut.current) return;
    if (noteTooLong(latest.current)) {
      // Kept here and in sessionStorage like any unsaved text; saved as soon as it is short enough again.
      setState({ kind: 'too-long' });
      return;
    }
    const sent = latest.current;
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const saved = await api.put<Note>(`/notes/${note.id}/draft`, { version: version.current, content: sent });
        version.current = saved.version;
        // Keep the cache's version current (other parts of the page send it), but never its content over ours.
        queryClient.setQueryData<Note>(noteKey(note.orderId), (old) => (old ? { ...saved, content: latest.current } : old));
        if (latest.current === sent) {
          dirty.current = false;
          dropUnsaved(unsavedKey);
          setState({ kind: 'saved', at: saved.updatedAt ?? new Date().toISOString() });
        }
      } catch (error) {
        if (isApiError(error, 401)) {
          // The session ended: the app goes to sign-in, the text waits in sessionStorage; no further tries.
          signedOut.current = true;
        } else if (isApiError(error, 409)) {
          blocked.current = true;
          setState({ kind: 'conflict', message: error.message });
        } else {
          setState({ kind: 'error', message: isApiError(error) ? error.message : '' });
        }
      }
    })();
    saving.current = run;
    await run;
    saving.current = null;
    if (dirty.current && !blocked.current && !signedOut.current && latest.current !== sent) await save();
  }, [note.id, note.orderId, queryClient, unsavedKey]);

  const update = useCallback(
    (next: NoteContent) => {
      latest.current = next;
      dirty.current = true;
      keepUnsaved(unsavedKey, me.id, next);
      setContent(next);
      if (blocked.current) return;
      setState({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY);
    },
    [save, unsavedKey, me.id],
  );

  // Rescued text: save it as soon as the editor is open again.
  useEffect(() => {
    if (rescued) void save();
  }, [rescued, save]);

  /** Saves now (before review, sending, or leaving); resolves when nothing typed is unsaved, or rejects. */
  const flush = useCallback(async () => {
    await save();
    if (dirty.current) throw new Error('unsaved');
  }, [save]);

  /** After a conflict: keep my text and save it over the newest version. */
  const overwrite = useCallback(async () => {
    try {
      const fresh = await api.get<Note>(`/orders/${note.orderId}/note`);
      if (fresh.status !== 'draft') {
        setState({ kind: 'conflict', message: '' });
        return fresh;
      }
      version.current = fresh.version;
      blocked.current = false;
      dirty.current = true;
      await save();
      return null;
    } catch (error) {
      setState({ kind: 'error', message: isApiError(error) ? error.message : '' });
      return null;
    }
  }, [note.orderId, save]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      // Leaving the page inside the debounce window: save what was typed rather than drop it.
      if (dirty.current && !blocked.current && !signedOut.current) void save();
    };
  }, [save]);

  return { content, update, state, flush, retry: save, overwrite, restored: rescued !== null } as const;
}
