// The "Transfer conversation" dialog: pick a queue or an online agent (from `directory:list`), warm or
// cold, and write the handover note (required). Focus moves in on open and back on close; Esc cancels.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Directory, TransferRequest, TransferTarget } from '../../../shared/domain/transfer';
import { HandoverNoteSchema } from '../../../shared/domain/transfer';
import { useServices } from '../../app/services';
import { Button } from '../../ui/Button';
import { IconAlert } from '../../ui/icons';
import { requestTransfer } from './transfer-actions';

type Choice = { key: string; label: string; target: TransferTarget };

function choicesFrom(directory: Directory): { queues: Choice[]; agents: Choice[] } {
  return {
    queues: directory.queues.map((q) => ({ key: `queue:${q.id}`, label: `${q.name} queue`, target: { kind: 'queue', queue: q.id } })),
    agents: directory.agents
      .filter((a) => a.online)
      .map((a) => ({ key: `agent:${a.username}`, label: a.displayName, target: { kind: 'agent', username: a.username } })),
  };
}

export function TransferDialog({ conversationId, onClose }: { conversationId: string; onClose: () => void }) {
  const { baton, stores } = useServices();
  const titleId = useId();
  const noteId = useId();
  const firstRef = useRef<HTMLTextAreaElement>(null);
  const [directory, setDirectory] = useState<{ queues: Choice[]; agents: Choice[] } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [mode, setMode] = useState<TransferRequest['mode']>('warm');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    firstRef.current?.focus();
    let live = true;
    void baton.invoke('directory:list').then((result) => {
      if (!live) return;
      if (result.ok) setDirectory(choicesFrom(result.value));
      else setError(`Could not load who can take it: ${result.error.message}`);
    });
    return () => {
      live = false;
      previous?.focus();
    };
  }, [baton]);

  const all = directory ? [...directory.queues, ...directory.agents] : [];
  const choice = all.find((c) => c.key === selected) ?? null;
  // A warm transfer consults one person first, so it needs a named agent.
  const warmAllowed = choice?.target.kind !== 'queue';
  const effectiveMode: TransferRequest['mode'] = warmAllowed ? mode : 'cold';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!choice) return setError('Choose a queue or an agent to transfer to');
    const parsed = HandoverNoteSchema.safeParse(note);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Write a handover note for the next agent');
    setPending(true);
    const problem = await requestTransfer(baton, stores, { conversationId, target: choice.target, mode: effectiveMode, note: parsed.data }, choice.label);
    setPending(false);
    if (problem) setError(problem);
    else onClose();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  }

  const group = (title: string, items: Choice[], empty: string) => (
    <fieldset className="transfer__group">
      <legend>{title}</legend>
      {items.length === 0 ? <p className="transfer__empty">{empty}</p> : null}
      {items.map((c) => (
        <label key={c.key} className="transfer__option">
          <input type="radio" name="transfer-target" value={c.key} checked={selected === c.key} onChange={() => setSelected(c.key)} />
          {c.label}
        </label>
      ))}
    </fieldset>
  );

  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="dialog transfer" onKeyDown={onKeyDown}>
        <div className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            Transfer conversation
          </h2>
        </div>
        <form className="transfer__form" onSubmit={(e) => void submit(e)} noValidate>
          <label htmlFor={noteId} className="transfer__label">
            Handover note
          </label>
          <textarea
            id={noteId}
            ref={firstRef}
            className="transfer__note"
            required
            aria-required="true"
            rows={4}
            maxLength={2000}
            placeholder="What you found out and what is left to do"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          {directory === null && error === null ? <p className="transfer__empty">Loading queues and agents…</p> : null}
          {directory ? group('Queues', directory.queues, 'No queues.') : null}
          {directory ? group('Agents online', directory.agents, 'Nobody else is online.') : null}
          <fieldset className="transfer__group">
            <legend>How</legend>
            <label className="transfer__option">
              <input type="radio" name="transfer-mode" checked={effectiveMode === 'warm'} disabled={!warmAllowed} onChange={() => setMode('warm')} />
              Warm (consult first)
            </label>
            <label className="transfer__option">
              <input type="radio" name="transfer-mode" checked={effectiveMode === 'cold'} onChange={() => setMode('cold')} />
              Cold
            </label>
          </fieldset>
          {error ? (
            <p role="alert" className="transfer__error">
              <IconAlert size={14} />
              {error}
            </p>
          ) : null}
          <div className="transfer__actions">
            <Button type="submit" variant="primary" size="sm" disabled={pending}>
              {pending ? 'Transferring…' : 'Transfer'}
            </Button>
            <Button size="sm" onClick={onClose}>
              Cancel
            </Button>
          </div>
        </form>
      </div>
    </div>
  );
}
