// The conversation so far in the middle column: the bot's part, visually distinct from the people,
// ending with the "handed over to you" marker, then whatever follows it (the live messages) in the
// same scroller. Virtualised; it opens at the newest line and follows new ones unless scrolled up.
import type { ReactNode } from 'react';
import type { TranscriptEntry } from '../../../shared/domain/handoff-context';
import { formatClock, formatStamp } from '../../ui/format-time';
import { VirtualList } from '../../ui/VirtualList';

type Row = { kind: 'entry'; entry: TranscriptEntry } | { kind: 'marker'; at: string | null };

const SPEAKER: Record<TranscriptEntry['from'], string> = { bot: 'Bot', customer: 'Customer', agent: 'You', system: 'System' };

function renderRow(row: Row) {
  if (row.kind === 'marker') {
    const clock = formatClock(row.at);
    return (
      <p className="handover" title={formatStamp(row.at)}>
        <span>handed over to you{clock ? ` ${clock}` : ''}</span>
      </p>
    );
  }
  const { entry } = row;
  return (
    <div className={`msg msg--${entry.from}`} title={formatStamp(entry.at)}>
      <span className="msg__who">{SPEAKER[entry.from]}</span>
      <p className="msg__text">{entry.text}</p>
    </div>
  );
}

export function ConversationTranscript({ entries, acceptedAt, after }: { entries: readonly TranscriptEntry[]; acceptedAt: string | null; after: ReactNode }) {
  const rows: Row[] = [...entries.map((entry): Row => ({ kind: 'entry', entry })), { kind: 'marker', at: acceptedAt }];
  return (
    <VirtualList
      items={rows}
      label="Conversation transcript"
      className="thread"
      estimateHeight={56}
      stickToBottom
      footer={after}
      scrollLabel="Conversation history"
      getKey={(row, i) => (row.kind === 'entry' ? `${i}:${row.entry.id}` : 'handover')}
      renderItem={renderRow}
    />
  );
}
