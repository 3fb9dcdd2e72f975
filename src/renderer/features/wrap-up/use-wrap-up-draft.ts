// The wrap-up draft while the panel is open: loaded from the host first (a saved draft wins over
// the pre-fill, so a restart restores what was typed), saved ~250 ms after each change, saved at
// once before a submit, and the last change is flushed when the panel closes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatonApi } from '../../../shared/contract/ipc';
import type { Result } from '../../../shared/contract/result';
import type { WrapUpDraft } from '../../../shared/domain/wrap-up';

export const SAVE_DELAY_MS = 250;

export interface DraftFields {
  disposition: string | null;
  notes: string;
}

export interface WrapUpDraftState {
  fields: DraftFields | null;
  saveError: string | null;
  change(patch: Partial<DraftFields>): void;
  saveNow(): Promise<Result<WrapUpDraft>>;
}

export function useWrapUpDraft(baton: BatonApi, conversationId: string, prefill: () => string): WrapUpDraftState {
  const [fields, setFields] = useState<DraftFields | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const latest = useRef<DraftFields | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const prefillRef = useRef(prefill);

  const save = useCallback(async (): Promise<Result<WrapUpDraft>> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const current = latest.current ?? { disposition: null, notes: '' };
    const result = await baton.invoke('wrapup:save-draft', { conversationId, ...current });
    setSaveError(result.ok ? null : `Draft not saved: ${result.error.message}`);
    return result;
  }, [baton, conversationId]);

  useEffect(() => {
    let live = true;
    void baton.invoke('wrapup:get-draft', { conversationId }).then((result) => {
      if (!live) return;
      const draft = result.ok ? result.value : null;
      const loaded = draft ? { disposition: draft.disposition, notes: draft.notes } : { disposition: null, notes: prefillRef.current() };
      latest.current = loaded;
      setFields(loaded);
      if (!result.ok) setSaveError(`Saved draft not loaded: ${result.error.message}`);
    });
    return () => {
      live = false;
      // Closing the panel (switching conversation) must not lose the last keystrokes.
      if (timer.current !== null) void save();
    };
  }, [baton, conversationId, save]);

  const change = useCallback(
    (patch: Partial<DraftFields>) => {
      const next = { ...(latest.current ?? { disposition: null, notes: '' }), ...patch };
      latest.current = next;
      setFields(next);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
    },
    [save],
  );

  return { fields, saveError, change, saveNow: save };
}
