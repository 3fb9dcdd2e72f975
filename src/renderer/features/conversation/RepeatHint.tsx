// Under the composer: when the draft asks for something the bot already knows, say so with the
// value and a one-click insert. The live region is always there so screen readers hear it appear.
import type { RepeatHint as Hint } from '../../../shared/domain/repeat-guard';
import { Button } from '../../ui/Button';
import { IconAlert, IconInsert } from '../../ui/icons';
import { maskValue } from '../context/mask';

export function RepeatHint({ hints, onInsert }: { hints: readonly Hint[]; onInsert: (hint: Hint) => void }) {
  return (
    <div role="status" className="repeat">
      {hints.map((hint) => (
        <p key={hint.key} className="repeat__hint">
          <IconAlert size={14} />
          <span className="repeat__text">
            Already known: {hint.label} <strong className="repeat__value">{hint.sensitive ? maskValue(hint.value) : hint.value}</strong>
          </span>
          <Button size="sm" variant="secondary" onClick={() => onInsert(hint)}>
            <IconInsert size={14} />
            Insert {hint.label}
          </Button>
        </p>
      ))}
    </div>
  );
}
