// The bot transcript in the context panel: searchable (matches counted and marked as text spans),
// virtualised, bot and customer styled apart, timestamps on hover.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { TranscriptEntry } from '../../../shared/domain/handoff-context';
import { formatStamp } from '../../ui/format-time';
import { IconSearch } from '../../ui/icons';
import { VirtualList } from '../../ui/VirtualList';
import { highlightParts, matches } from './highlight';

const SPEAKER: Record<TranscriptEntry['from'], string> = { bot: 'Bot', customer: 'Customer', agent: 'Agent', system: 'System' };

function Line({ entry, query }: { entry: TranscriptEntry; query: string }) {
  return (
    <div className={`tline tline--${entry.from}`} title={formatStamp(entry.at)}>
      <span className="tline__who">{SPEAKER[entry.from]}</span>
      <span className="tline__text">
        {highlightParts(entry.text, query).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
      </span>
    </div>
  );
}

export function TranscriptSearch({ entries }: { entries: readonly TranscriptEntry[] }) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const inputId = useId();
  const shown = useMemo(() => entries.filter((e) => matches(e.text, deferred)), [entries, deferred]);
  const searching = deferred.trim() !== '';
  if (entries.length === 0) return <p className="ctx-empty">The bot sent no transcript.</p>;
  return (
    <div className="tsearch">
      <div className="tsearch__bar">
        <IconSearch size={14} />
        <label htmlFor={inputId} className="visually-hidden">
          Search transcript
        </label>
        <input id={inputId} type="search" className="tsearch__input" placeholder="Search transcript" value={query} onChange={(e) => setQuery(e.target.value)} />
        <span className="tsearch__count" aria-live="polite">
          {searching ? `${shown.length} ${shown.length === 1 ? 'match' : 'matches'}` : `${entries.length} lines`}
        </span>
      </div>
      <VirtualList
        items={shown}
        label="Bot transcript"
        className="tsearch__list"
        estimateHeight={40}
        getKey={(e, i) => `${i}:${e.id}`}
        renderItem={(entry) => <Line entry={entry} query={deferred} />}
      />
    </div>
  );
}
