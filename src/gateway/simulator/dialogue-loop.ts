// Generates the long, circular stretches real bot transcripts have (troubleshooting steps repeated,
// codes resent, the customer losing patience) as plain turns; formats wrap them. Pure and seeded.
import { pick, type Random } from './random';

export interface Turn {
  from: 'customer' | 'bot';
  text: string;
}

export interface LoopStep {
  /** What the bot asks the customer to do; `{attempt}` becomes the attempt number. */
  bot: readonly string[];
  /** How the customer answers; later attempts draw from `impatient` when given. */
  customer: readonly string[];
  impatient?: readonly string[];
}

function fill(template: string, attempt: number): string {
  return template.replaceAll('{attempt}', String(attempt));
}

/** At least `minTurns` alternating bot/customer turns walking `steps` round and round. */
export function dialogueLoop(random: Random, steps: readonly LoopStep[], minTurns: number): Turn[] {
  const turns: Turn[] = [];
  let attempt = 0;
  while (turns.length < minTurns) {
    attempt += 1;
    for (const step of steps) {
      const patience = attempt > 2 && step.impatient !== undefined && random() < 0.6;
      turns.push({ from: 'bot', text: fill(pick(random, step.bot), attempt) });
      turns.push({ from: 'customer', text: fill(pick(random, patience && step.impatient ? step.impatient : step.customer), attempt) });
    }
  }
  return turns;
}
