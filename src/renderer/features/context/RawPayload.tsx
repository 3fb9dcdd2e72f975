// The payload exactly as the bot sent it, one click away: pretty JSON shown as text in a <pre>.
import { useId, useState } from 'react';
import { Button } from '../../ui/Button';
import { IconCode } from '../../ui/icons';

function pretty(raw: unknown): string {
  try {
    return JSON.stringify(raw, null, 2) ?? String(raw);
  } catch {
    return String(raw);
  }
}

export function RawPayload({ raw, format }: { raw: unknown; format: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="raw">
      <Button size="sm" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        <IconCode size={14} />
        {open ? 'Hide raw payload' : 'Show raw payload'}
      </Button>
      <span className="muted"> format: {format}</span>
      {open ? (
        <pre id={id} className="raw__pre" tabIndex={0} aria-label="Raw payload">
          {pretty(raw)}
        </pre>
      ) : null}
    </div>
  );
}
