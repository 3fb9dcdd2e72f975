// "Already known — don't ask" (confirmed and collected facts, copy or insert in one click), then the
// facts the bot could not get or verify, which are exactly what the agent should ask for.
import { useState } from 'react';
import { knownFacts, type Fact, type HandoffContext } from '../../../shared/domain/handoff-context';
import { IconAlert } from '../../ui/icons';
import { FactRow } from './FactRow';

export interface KnownFactsProps {
  context: HandoffContext;
  clipboard: Pick<Clipboard, 'writeText'> | null;
  onInsert: (value: string) => void;
}

export function KnownFacts({ context, clipboard, onInsert }: KnownFactsProps) {
  const [notice, setNotice] = useState('');
  const known = knownFacts(context);
  const gaps = context.facts.filter((f) => !known.includes(f));
  const method = context.customer.verification?.method ?? null;

  async function copy(fact: Fact) {
    try {
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(fact.value ?? '');
      setNotice(`Copied ${fact.label}.`);
    } catch {
      setNotice(`Could not copy ${fact.label}: the clipboard is not available. Select the value instead.`);
    }
  }

  return (
    <>
      <section className="ctx-section" aria-labelledby="ctx-known">
        <h3 id="ctx-known" className="ctx-heading">
          Already known — don't ask
        </h3>
        {known.length > 0 ? (
          <ul className="facts">
            {known.map((fact) => (
              <FactRow key={fact.key} fact={fact} verificationMethod={method} onCopy={(f) => void copy(f)} onInsert={(f) => onInsert(f.value ?? '')} />
            ))}
          </ul>
        ) : (
          <p className="ctx-empty">The bot collected no facts.</p>
        )}
        <p role="status" className="facts__notice">
          {notice}
        </p>
      </section>
      {gaps.length > 0 ? (
        <section className="ctx-section" aria-labelledby="ctx-gaps">
          <h3 id="ctx-gaps" className="ctx-heading">
            Not collected / could not verify — ask for these
          </h3>
          <ul className="gaps">
            {gaps.map((fact) => (
              <li key={fact.key} className="gap">
                <IconAlert size={14} />
                <span className="gap__label">{fact.label}</span>
                <span className="gap__why">
                  {fact.status === 'invalid' ? `could not verify${fact.value ? `: “${fact.value}”` : ''}` : 'not collected'}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
