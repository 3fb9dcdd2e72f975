// The agent's run of very negative contacts: each contact that ends with an agent moves that agent's
// streak (very negative: +1, anything calmer: back to 0); taking a Break or Lunch resets it. At the
// configured length the agent's desktops get a `wellbeing:suggestion`. Transfers never reach here.
import type { ConversationSummary } from '../../shared/domain/conversation';
import type { PresenceState } from '../../shared/domain/presence';
import { isVeryNegative, type WellbeingConfig } from '../../shared/domain/wellbeing';
import type { Logger } from '../../shared/log';
import type { Notifier } from '../routing/routing-deps';
import { createSerialQueue } from '../routing/serial-queue';
import type { GatewayState } from '../state/gateway-state';

export interface WellbeingTracker {
  /** A conversation just ended (by the agent, the customer or a hang-up); counts for its owner. */
  contactEnded(summary: ConversationSummary): Promise<void>;
  /** The agent picked a presence; Break or Lunch means the suggestion was taken. */
  presencePicked(username: string, state: PresenceState): Promise<void>;
}

export interface WellbeingDeps {
  state: GatewayState;
  notify: Notifier;
  config: WellbeingConfig;
  now: () => Date;
  log: Logger;
  /** The agent's streak changed (supervisors see it). */
  onStreakChanged: (username: string) => void;
}

const RECOVERY_STATES: readonly PresenceState[] = ['break', 'lunch'];

export function createWellbeingTracker(deps: WellbeingDeps): WellbeingTracker {
  const { state, config, log } = deps;
  // Read-then-write of one counter: one at a time so an end and a break never both write from the same read.
  const queue = createSerialQueue();

  async function setStreak(username: string, streak: number): Promise<void> {
    if ((await state.getNegativeStreak(username)) === streak) return;
    await state.setNegativeStreak(username, streak);
    deps.onStreakChanged(username);
  }

  async function count(summary: ConversationSummary): Promise<void> {
    const username = summary.assignedTo;
    if (username === null) return;
    const record = await state.getConversation(summary.conversationId);
    if (!record) return;
    const negative = isVeryNegative(record.context.sentiment, config);
    const streak = negative ? (await state.getNegativeStreak(username)) + 1 : 0;
    await setStreak(username, streak);
    if (!negative || config.streakLength === 0 || streak < config.streakLength) return;
    log.info('wellbeing suggestion', { username, streak, conversationId: summary.conversationId });
    deps.notify.toUser(username, 'wellbeing:suggestion', {
      streak,
      conversationId: summary.conversationId,
      breakMinutes: config.breakMinutes,
      at: deps.now().toISOString(),
    });
  }

  const guarded = (what: string, job: () => Promise<void>): Promise<void> =>
    queue.run(job).catch((error: unknown) => log.error('wellbeing tracking failed', { job: what, error }));

  return {
    contactEnded: (summary) => guarded('contact ended', () => count(summary)),
    presencePicked: (username, picked) => (RECOVERY_STATES.includes(picked) ? guarded('recovery break', () => setStreak(username, 0)) : Promise.resolve()),
  };
}
