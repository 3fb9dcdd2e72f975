// The presence selector: a native select labelled "Presence" with the agent-selectable states, the
// dot and time in state beside it. It shows what the gateway confirmed, never a guess.
import type { ChangeEvent } from 'react';
import { useStore } from 'zustand';
import { PRESENCE_LABELS, SelectablePresenceSchema, type PresenceState } from '../../../shared/domain/presence';
import { useServices } from '../../app/services';
import { Select, type SelectOption } from '../../ui/Select';
import { StatusDot } from '../../ui/StatusDot';
import { ElapsedClock } from './ElapsedClock';
import { requestPresence } from './presence-actions';
import { PRESENCE_TONE } from './presence-tone';
import { selectPresence, selectPresenceError, selectPresenceRequested } from './presence.store';

function optionsFor(current: PresenceState | null): SelectOption[] {
  const selectable = SelectablePresenceSchema.options.map((value) => ({ value, label: PRESENCE_LABELS[value] }));
  if (current === null) return [{ value: '', label: 'Unknown', disabled: true }, ...selectable];
  // System states (after-contact work, not responding) are shown but cannot be picked.
  if (!SelectablePresenceSchema.safeParse(current).success) {
    return [{ value: current, label: PRESENCE_LABELS[current], disabled: true }, ...selectable];
  }
  return selectable;
}

export function PresenceSelect() {
  const { baton, stores } = useServices();
  const presence = useStore(stores.presence, selectPresence);
  const requested = useStore(stores.presence, selectPresenceRequested);
  const error = useStore(stores.presence, selectPresenceError);
  const current = presence?.state ?? null;

  function onChange(event: ChangeEvent<HTMLSelectElement>) {
    const parsed = SelectablePresenceSchema.safeParse(event.target.value);
    if (parsed.success) void requestPresence(baton, stores.presence, parsed.data);
  }

  return (
    <div className="presence">
      <Select
        label="Presence"
        hideLabel
        className="presence__select"
        options={optionsFor(current)}
        value={requested ?? current ?? ''}
        onChange={onChange}
        aria-busy={requested !== null}
        leading={<StatusDot tone={current ? PRESENCE_TONE[current] : 'neutral'} />}
      />
      {presence ? <ElapsedClock since={presence.since} label={`Time in ${PRESENCE_LABELS[presence.state]}`} /> : null}
      {error ? (
        <span role="alert" className="presence__error">
          Not changed: {error}
        </span>
      ) : null}
    </div>
  );
}
