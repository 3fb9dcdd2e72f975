// The shape of a demo scenario: a pure builder from (run number, seeded random, clock) to one bot
// platform's own handoff payload. Builders never do I/O and never read the real clock.
import type { HandoffFormat } from '../../shared/domain/handoff-context';
import type { Random } from './random';

export interface ScenarioContext {
  /** 1-based run number; scenarios fold it into ids so every run is a fresh bot conversation. */
  n: number;
  random: Random;
  now: Date;
}

export interface SimulatedHandoff {
  format: HandoffFormat;
  /** Exactly what the bot platform would send: serialised as-is into the POST body. */
  payload: unknown;
  /** The bot's own conversation/session id inside the payload, for logs. */
  botConversationId: string;
}

export interface Scenario {
  /** Kebab-case id used in logs, e.g. `damaged-return`. */
  name: string;
  format: HandoffFormat;
  build(ctx: ScenarioContext): SimulatedHandoff;
}
