// One fact the agent must not ask for: label, value (masked until revealed if sensitive), a check
// for confirmed facts with its source on hover, and Copy / Insert buttons.
import { useState } from 'react';
import type { Fact } from '../../../shared/domain/handoff-context';
import { Button } from '../../ui/Button';
import { IconCheck, IconCopy, IconEye, IconInsert } from '../../ui/icons';
import { maskValue } from './mask';

export interface FactRowProps {
  fact: Fact;
  verificationMethod: string | null;
  onCopy: (fact: Fact) => void;
  onInsert: (fact: Fact) => void;
}

export function FactRow({ fact, verificationMethod, onCopy, onInsert }: FactRowProps) {
  const [revealed, setRevealed] = useState(false);
  const value = fact.value ?? '';
  const confirmed = fact.status === 'confirmed';
  const how = confirmed ? `Confirmed${verificationMethod ? ` (customer verified by ${verificationMethod})` : ''} · source: ${fact.source}` : `Collected by the bot, not confirmed · source: ${fact.source}`;
  return (
    <li className="fact">
      <span className="fact__label">{fact.label}</span>
      <span className="fact__value">
        <span className={fact.sensitive && !revealed ? 'fact__text fact__masked' : 'fact__text'} title={fact.sensitive && !revealed ? undefined : value}>
          {fact.sensitive && !revealed ? maskValue(value) : value}
        </span>
        {confirmed ? (
          <span className="fact__check" title={how}>
            <IconCheck size={14} />
            <span className="visually-hidden">confirmed</span>
          </span>
        ) : (
          <span className="visually-hidden" title={how}>
            collected, not confirmed
          </span>
        )}
      </span>
      <span className="fact__actions">
        {fact.sensitive && !revealed ? (
          <Button size="sm" variant="quiet" aria-label={`Reveal ${fact.label}`} title="Reveal the full value" onClick={() => setRevealed(true)}>
            <IconEye size={14} />
          </Button>
        ) : null}
        <Button size="sm" variant="quiet" aria-label={`Copy ${fact.label}`} title={`Copy ${fact.label}`} onClick={() => onCopy(fact)}>
          <IconCopy size={14} />
        </Button>
        <Button size="sm" variant="quiet" aria-label={`Insert ${fact.label}`} title={`Insert ${fact.label} into the message`} onClick={() => onInsert(fact)}>
          <IconInsert size={14} />
        </Button>
      </span>
    </li>
  );
}
