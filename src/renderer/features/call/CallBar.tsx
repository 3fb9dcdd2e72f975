// The call bar of a voice conversation (in place of the composer): the call state as a coloured bar with
// its word, the call timer, and Answer / Hold-Resume / Mute-Unmute / End call (also Alt+A/H/M/E). A command
// is only a request: its button waits until the connector reports the change, or says so after a timeout.
import { useEffect, useState } from 'react';
import type { CallCommand, CallState } from '../../../shared/domain/call';
import { commandProblem } from '../../../shared/domain/call-machine';
import { useServices } from '../../app/services';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { IconAlert, IconPhone } from '../../ui/icons';
import { COMMAND_WORDS, sendCallCommand } from './call-actions';
import { callWord } from './call-words';
import { CallTimer } from './CallTimer';
import { useCallShortcuts } from './use-call-shortcuts';

/** How long a button waits for the connector to confirm before it is usable again. */
export const CONFIRM_TIMEOUT_MS = 10_000;

interface Pending {
  command: CallCommand;
  /** The call as it was when sent: any change ends the wait. */
  from: string;
}

const callKey = (call: CallState | null): string => (call ? `${call.state}:${String(call.muted)}` : 'none');

export function CallBar({ conversationId, call, confirmTimeoutMs = CONFIRM_TIMEOUT_MS }: { conversationId: string; call: CallState | null; confirmTimeoutMs?: number }) {
  const { baton } = useServices();
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = callKey(call);
  const waiting = pending !== null && pending.from === key ? pending : null;
  const { word, tone } = callWord(call);

  useEffect(() => {
    if (waiting === null) return;
    const timer = setTimeout(() => {
      setPending((current) => (current === waiting ? null : current));
      setError(`The phone system has not confirmed "${COMMAND_WORDS[waiting.command]}" yet. Try again.`);
    }, confirmTimeoutMs);
    return () => clearTimeout(timer);
  }, [waiting, confirmTimeoutMs]);

  const usable = (command: CallCommand): boolean => waiting === null && commandProblem(call, command) === null;

  async function send(command: CallCommand): Promise<void> {
    if (!usable(command)) return;
    const mine: Pending = { command, from: key };
    setError(null);
    setPending(mine);
    const problem = await sendCallCommand(baton, conversationId, command);
    if (problem === null) return;
    setPending((current) => (current === mine ? null : current));
    setError(problem);
  }

  const onHold = call?.state === 'on-hold';
  const muted = call?.muted === true;
  useCallShortcuts({
    answer: () => void send('answer'),
    holdToggle: () => void send(onHold ? 'resume' : 'hold'),
    muteToggle: () => void send(muted ? 'unmute' : 'mute'),
    end: () => void send('end'),
  });

  const button = (command: CallCommand) => ({
    'aria-disabled': !usable(command) || undefined,
    onClick: () => void send(command),
  });

  return (
    <section className={`callbar callbar--${tone}`} aria-label="Call">
      <div className="callbar__status">
        <span className="callbar__state" role="status">
          <IconPhone size={16} />
          <strong className="callbar__word">{word}</strong>
          {muted ? <Badge tone="warning">Muted</Badge> : null}
        </span>
        {call?.connectedAt && call.state !== 'ended' ? <CallTimer connectedAt={call.connectedAt} className="callbar__timer" /> : null}
      </div>
      <div className="callbar__buttons">
        {call?.state === 'ringing' ? (
          <Button variant="primary" size="sm" title="Alt+A" {...button('answer')}>
            Answer
          </Button>
        ) : null}
        <Button size="sm" title="Alt+H" {...button(onHold ? 'resume' : 'hold')}>
          {onHold ? 'Resume' : 'Hold'}
        </Button>
        <Button size="sm" title="Alt+M" aria-pressed={muted} {...button(muted ? 'unmute' : 'mute')}>
          {muted ? 'Unmute' : 'Mute'}
        </Button>
        <Button variant="danger" size="sm" title="Alt+E" {...button('end')}>
          End call
        </Button>
      </div>
      {waiting ? <p className="callbar__note">Waiting for the phone system to {COMMAND_WORDS[waiting.command]}…</p> : null}
      {error ? (
        <p className="callbar__error" role="alert">
          <IconAlert size={14} />
          {error}
        </p>
      ) : null}
    </section>
  );
}
