// A windowing list: only the rows in (and just around) the viewport are in the DOM, so 10,000
// transcript lines scroll like 10. Row heights start from an estimate and are replaced by measurements.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface VirtualListProps<T> {
  items: readonly T[];
  getKey: (item: T, index: number) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** Expected row height in px, used until a row has been measured. */
  estimateHeight: number;
  label: string;
  className?: string;
  /** Extra px rendered above and below the viewport. */
  overscan?: number;
  /** Start at the end and follow new rows while the reader is at the end (a live transcript). */
  stickToBottom?: boolean;
  /** Rendered after the rows in the same scroller (the live messages after a transcript); it then
   *  needs `scrollLabel`, because the scroller becomes a labelled group around the list. */
  footer?: ReactNode;
  scrollLabel?: string;
}

/** Used when layout is unknown (a hidden panel, or jsdom): enough rows to fill a tall screen. */
const FALLBACK_VIEWPORT = 800;

/** Index of the first row whose bottom is below `y` (binary search over cumulative offsets). */
function rowAt(offsets: readonly number[], y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((offsets[mid + 1] ?? 0) <= y) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low);
}

export function VirtualList<T>({ items, getKey, renderItem, estimateHeight, label, className, overscan = 400, stickToBottom = false, footer, scrollLabel }: VirtualListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const observer = useRef<ResizeObserver | null>(null);
  const atBottom = useRef(stickToBottom);
  /** Where we last scrolled to ourselves: its scroll event must not unpin the list. */
  const pinnedTop = useRef<number | null>(null);
  const [view, setView] = useState({ top: 0, height: 0 });

  const remeasure = useCallback((element: Element) => {
    const key = element.getAttribute('data-key');
    const height = (element as HTMLElement).offsetHeight;
    if (key === null || height <= 0) return;
    setHeights((known) => (known.get(key) === height ? known : new Map(known).set(key, height)));
  }, []);

  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) =>
      entries.forEach((e) => {
        const el = scroller.current;
        if (e.target !== el) return remeasure(e.target);
        // The viewport itself changed (a hint appeared under the composer): stay pinned to the end.
        if (stickToBottom && atBottom.current) {
          el.scrollTop = el.scrollHeight;
          pinnedTop.current = el.scrollTop;
        }
        setView({ top: el.scrollTop, height: el.clientHeight });
      }),
    );
    observer.current = ro;
    if (scroller.current) ro.observe(scroller.current);
    return () => ro.disconnect();
  }, [remeasure, stickToBottom]);

  const rowRef = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element) return;
      remeasure(element);
      observer.current?.observe(element);
    },
    [remeasure],
  );

  const keys = items.map((item, i) => getKey(item, i));
  const offsets = new Array<number>(items.length + 1);
  offsets[0] = 0;
  keys.forEach((key, i) => {
    offsets[i + 1] = (offsets[i] ?? 0) + (heights.get(key) ?? estimateHeight);
  });
  const total = offsets[items.length] ?? 0;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !stickToBottom || !atBottom.current) return;
    el.scrollTop = el.scrollHeight;
    pinnedTop.current = el.scrollTop;
  }, [stickToBottom, total, footer]); // a footer that grew (a message appended) is followed too

  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight });
  }, [items]);

  function onScroll() {
    const el = scroller.current;
    if (!el) return;
    const ours = pinnedTop.current !== null && Math.abs(el.scrollTop - pinnedTop.current) < 2;
    if (!ours) atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
    setView({ top: el.scrollTop, height: el.clientHeight });
  }

  const viewport = view.height > 0 ? view.height : FALLBACK_VIEWPORT;
  const first = items.length === 0 ? 0 : rowAt(offsets, Math.max(0, view.top - overscan));
  const last = items.length === 0 ? -1 : rowAt(offsets, view.top + viewport + overscan);

  const rows: ReactNode[] = [];
  for (let i = first; i <= last; i++) {
    const item = items[i];
    const key = keys[i];
    if (item === undefined || key === undefined) continue;
    rows.push(
      <div key={key} data-key={key} ref={rowRef} role="listitem" aria-setsize={items.length} aria-posinset={i + 1} className="vlist__row">
        {renderItem(item, i)}
      </div>,
    );
  }

  const body = (
    <>
      <div role="presentation" style={{ height: offsets[first] ?? 0 }} />
      {rows}
      <div role="presentation" style={{ height: total - (offsets[last + 1] ?? total) }} />
    </>
  );
  const classes = ['vlist', className].filter(Boolean).join(' ');
  if (footer === undefined) {
    return (
      <div ref={scroller} className={classes} onScroll={onScroll} tabIndex={0} role="list" aria-label={label}>
        {body}
      </div>
    );
  }
  return (
    <div ref={scroller} className={classes} onScroll={onScroll} tabIndex={0} role="group" aria-label={scrollLabel ?? label}>
      <div role="list" aria-label={label}>
        {body}
      </div>
      {footer}
    </div>
  );
}
