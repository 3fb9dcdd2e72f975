// The pre-filled wrap-up notes: the story so far plus the last few messages, plain text the agent
// edits. Pure; internal notes stay out (they are the agent's own words already).
import type { HandoffContext } from '../../../shared/domain/handoff-context';
import type { ConversationMessage } from '../../../shared/domain/message';
import { composeStory } from '../../../shared/domain/story';

const LAST_MESSAGES = 3;
const LINE_MAX = 160;
/** Inside WrapUpNotesSchema's 5,000 with room for the agent's own words. */
const SUMMARY_MAX = 2000;

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

const SPEAKER: Record<ConversationMessage['from'], string> = { customer: 'Customer', agent: 'Agent', system: 'System' };

export function composeWrapUpSummary(context: HandoffContext, messages: readonly ConversationMessage[]): string {
  const recent = messages.filter((m) => m.kind === 'message').slice(-LAST_MESSAGES);
  const lines = [composeStory(context)];
  if (recent.length > 0) {
    lines.push('', 'Last messages:', ...recent.map((m) => `${SPEAKER[m.from]}: ${clip(m.text, LINE_MAX)}`));
  }
  return lines.join('\n').slice(0, SUMMARY_MAX);
}
