// Which canned responses match what the agent typed after the "/": every word must appear in the title,
// a tag or the text (case-insensitive); title matches come first. Pure; no fetching, no filling.
import type { CannedResponse } from '../../../shared/domain/canned';

export function filterCanned(list: readonly CannedResponse[], query: string): CannedResponse[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...list];
  const scored = list.flatMap((canned) => {
    const title = canned.title.toLowerCase();
    const rest = [...canned.tags, canned.text].join(' ').toLowerCase();
    if (!words.every((w) => title.includes(w) || rest.includes(w))) return [];
    return [{ canned, titleHits: words.filter((w) => title.includes(w)).length }];
  });
  // A stable sort keeps the configured order among equals.
  return scored.sort((a, b) => b.titleHits - a.titleHits).map((s) => s.canned);
}
