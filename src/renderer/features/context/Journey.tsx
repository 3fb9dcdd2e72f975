// What the customer did before the contact (pages, screens, events) and their earlier contacts.
// URLs are shown as text, never as links: a customer's journey is data, not navigation.
import type { HandoffContext } from '../../../shared/domain/handoff-context';
import { ChannelIcon } from '../../ui/ChannelIcon';
import { formatClock, formatStamp } from '../../ui/format-time';

export function JourneyTimeline({ events }: { events: HandoffContext['journey']['events'] }) {
  if (events.length === 0) return <p className="ctx-empty">No journey events.</p>;
  return (
    <ol className="timeline">
      {events.map((e, i) => (
        <li key={i} className="timeline__item" title={formatStamp(e.at)}>
          <time className="timeline__time">{formatClock(e.at)}</time>
          <span className="muted">{e.kind}</span>
          <span className="timeline__label">{e.label}</span>
          {e.url ? <code className="timeline__url">{e.url}</code> : null}
        </li>
      ))}
    </ol>
  );
}

export function PriorContacts({ contacts }: { contacts: HandoffContext['journey']['priorContacts'] }) {
  if (contacts.length === 0) return <p className="ctx-empty">No earlier contacts.</p>;
  return (
    <ol className="timeline">
      {contacts.map((c, i) => (
        <li key={i} className="timeline__item" title={formatStamp(c.at)}>
          <time className="timeline__time">{c.at.slice(0, 10)}</time>
          <ChannelIcon channel={c.channel} />
          <span className="timeline__label">{c.summary}</span>
          {c.outcome ? <span className="muted">{c.outcome}</span> : null}
        </li>
      ))}
    </ol>
  );
}
