// The voice call state machine: which connector event may follow which call state, and which agent command
// asks for which event. Pure; the gateway validates events and commands with it, the desktop uses it to
// decide which call buttons make sense. Commands are requests: only the connector's event changes the call.
import type { CallCommand, CallEventType, CallState } from './call';

export type CallStep = { ok: true; call: CallState } | { ok: false; error: string };

/** The event a command asks the connector to report. */
export const EXPECTED_EVENT: Readonly<Record<CallCommand, CallEventType>> = {
  answer: 'answered',
  hold: 'held',
  resume: 'resumed',
  mute: 'muted',
  unmute: 'unmuted',
  end: 'ended',
};

const describe = (call: CallState | null): string => {
  if (call === null) return 'has not started ringing';
  if (call.state === 'on-hold') return 'is on hold';
  return `is ${call.state}`;
};

const refuse = (event: CallEventType, call: CallState | null, why = ''): CallStep => ({
  ok: false,
  error: `A "${event}" event cannot follow: the call ${describe(call)}${why}`,
});

/** The call after `event` at `at`, or why the event cannot happen now. */
export function applyCallEvent(call: CallState | null, event: CallEventType, at: string): CallStep {
  if (call?.state === 'ended') return refuse(event, call);
  switch (event) {
    case 'ringing':
      return call === null ? { ok: true, call: { state: 'ringing', muted: false, connectedAt: null, heldSince: null } } : refuse(event, call);
    case 'answered':
      return call?.state === 'ringing' ? { ok: true, call: { ...call, state: 'connected', connectedAt: at } } : refuse(event, call);
    case 'held':
      return call?.state === 'connected' ? { ok: true, call: { ...call, state: 'on-hold', heldSince: at } } : refuse(event, call);
    case 'resumed':
      return call?.state === 'on-hold' ? { ok: true, call: { ...call, state: 'connected', heldSince: null } } : refuse(event, call);
    case 'muted':
    case 'unmuted': {
      if (call === null || call.state === 'ringing') return refuse(event, call, ' (mute needs a connected call)');
      const muted = event === 'muted';
      if (call.muted === muted) return refuse(event, call, muted ? ' and is already muted' : ' and is not muted');
      return { ok: true, call: { ...call, muted } };
    }
    case 'ended':
      return { ok: true, call: { state: 'ended', muted: call?.muted ?? false, connectedAt: call?.connectedAt ?? null, heldSince: null } };
  }
}

/** Null when the agent may send `command` now, else why not. */
export function commandProblem(call: CallState | null, command: CallCommand): string | null {
  const step = applyCallEvent(call, EXPECTED_EVENT[command], new Date(0).toISOString());
  if (step.ok) return null;
  return `Cannot ${command} now: the call ${describe(call)}${command === 'mute' && call?.muted ? ' and is already muted' : ''}`;
}
