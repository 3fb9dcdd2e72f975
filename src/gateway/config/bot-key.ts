// Decides the bot key the handoff intake accepts: option, then BATON_BOT_KEY, then (demo only) a random
// one. Outside demo mode no key means the intake refuses every handoff, which the gateway logs at start.
import { randomBytes } from 'node:crypto';
import { ConfigError } from './load-config';

export const MIN_BOT_KEY_LENGTH = 16;

/** A key a person can copy from the terminal: a prefix saying what it is, then 32 random bytes. */
export function generateBotKey(): string {
  return `bk_${randomBytes(32).toString('base64url')}`;
}

export function resolveBotKey(option: string | undefined, envValue: string | undefined, demo: boolean): string | null {
  const given = option ?? (envValue === '' ? undefined : envValue);
  if (given === undefined) return demo ? generateBotKey() : null;
  if (given.length < MIN_BOT_KEY_LENGTH) {
    throw new ConfigError(`The bot key (BATON_BOT_KEY) is too short: it needs at least ${MIN_BOT_KEY_LENGTH} characters, it has ${given.length}`);
  }
  if (!/^[\x21-\x7e]+$/.test(given)) throw new ConfigError('The bot key (BATON_BOT_KEY) may contain only printable ASCII characters without spaces');
  return given;
}
