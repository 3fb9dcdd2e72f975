// Pure value helpers shared by the bot-format adapters: reading untrusted JSON, time conversion, label
// humanising, capping. Nothing here throws on any input, and nothing reads the clock or does I/O.
import type { Channel } from '../../shared/domain/handoff-context';

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `key` if it is an object, else an empty record (tolerates missing optional parts). */
export function rec(value: unknown, key: string): JsonRecord {
  if (!isRecord(value)) return {};
  const inner = value[key];
  return isRecord(inner) ? inner : {};
}

/** The value at `key` if it is an array, else []. */
export function list(value: unknown, key: string): unknown[] {
  if (!isRecord(value)) return [];
  const inner = value[key];
  return Array.isArray(inner) ? inner : [];
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

/** A trimmed non-empty string (numbers are accepted as their decimal form), cut to `max`; else null. */
export function str(value: unknown, max = 20_000): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return truncate(String(value), max);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : truncate(trimmed, max);
}

export function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A probability in 0..1, or null when absent or out of range (never guessed). */
export function confidence(value: unknown): number | null {
  const n = num(isRecord(value) ? value.score : value);
  return n !== null && n >= 0 && n <= 1 ? n : null;
}

/** Any sentiment-like number clamped into -1..1; null when not a number. */
export function clampScore(value: unknown): number | null {
  const n = num(value);
  return n === null ? null : Math.max(-1, Math.min(1, n));
}

const MAX_MS = 8.64e15;

function isoFromMs(ms: number): string | null {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_MS ? new Date(ms).toISOString() : null;
}

/** Epoch seconds (Rasa, Chatwoot) to an ISO instant; null for anything else. */
export function epochSecondsToIso(value: unknown): string | null {
  const n = num(value);
  return n === null ? null : isoFromMs(n * 1000);
}

/** An ISO or otherwise Date-parseable string, or epoch seconds, normalised to an ISO instant. */
export function toIso(value: unknown): string | null {
  if (typeof value === 'number') return epochSecondsToIso(value);
  if (typeof value !== 'string' || value.trim() === '' || value.length > 100) return null;
  return isoFromMs(Date.parse(value));
}

/** Words of a machine name: `order_number`, `orderNumber`, `CheckInDate`, `order-number` → [order, number]. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-.:/]+/)
    .filter((w) => w !== '');
}

/** `order_number` → "Order number"; falls back to the name itself when it has no word characters. */
export function humanise(name: string, max = 200): string {
  const parts = words(name).map((w) => (/^[A-Z0-9]+$/.test(w) && w.length > 1 ? w : w.toLowerCase()));
  const joined = parts.join(' ');
  const label = joined === '' ? name.trim() : joined.charAt(0).toUpperCase() + joined.slice(1);
  return truncate(label === '' ? '?' : label, max);
}

/** Stable camelCase key: `order_number` / `Order Number` / `OrderNumber` → `orderNumber`. */
export function factKey(name: string, max = 100): string {
  const parts = words(name).map((w) => w.toLowerCase());
  const key = parts.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return truncate(key === '' ? (name.trim() === '' ? 'value' : name.trim()) : key, max);
}

/** Amounts as bots send them: `{amount, currency}` (Dialogflow sys.unit-currency) or google.type.Money. */
function moneyText(value: JsonRecord): string | null {
  const currency = str(value.currency ?? value.currencyCode ?? value.currency_code, 10);
  if (currency === null) return null;
  if (typeof value.amount === 'number') return `${value.amount} ${currency}`;
  const units = Number(value.units ?? 0);
  const nanos = Number(value.nanos ?? 0);
  if (!Number.isFinite(units) || !Number.isFinite(nanos) || (value.units === undefined && value.nanos === undefined)) return null;
  return `${(units + nanos / 1e9).toFixed(2)} ${currency}`;
}

/** A displayable text for a slot/parameter value: scalars as text, lists joined, objects as JSON. */
export function valueText(value: unknown, max = 2000): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : truncate(value, max);
  if (typeof value === 'number') return String(value);
  // Agents read "Yes"/"No"; the raw payload keeps the boolean.
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) {
    const items = value.slice(0, 100).map((v) => valueText(v, max)).filter((v): v is string => v !== null);
    return items.length === 0 ? null : truncate(items.join(', '), max);
  }
  if (!isRecord(value)) return null;
  const money = moneyText(value);
  if (money !== null) return money;
  try {
    return truncate(JSON.stringify(value), max);
  } catch {
    return null;
  }
}

/** The first `max` items; lists in payloads can be absurdly long. */
export function capFirst<T>(items: T[], max: number): T[] {
  return items.length <= max ? items : items.slice(0, max);
}

/** The most recent `max` items (transcripts: the end of the conversation matters most). */
export function capLast<T>(items: T[], max: number): T[] {
  return items.length <= max ? items : items.slice(items.length - max);
}

const VOICE_WORDS = new Set(['voice', 'speech', 'dtmf', 'phone', 'telephony', 'call', 'ivr', 'audiocodes', 'jambonz']);
const MESSAGING_WORDS = new Set([
  'sms', 'whatsapp', 'facebook', 'messenger', 'telegram', 'line', 'twitter', 'instagram', 'viber', 'wechat', 'kakao',
]);

/** Maps a platform's channel/input name to Baton's channel by its words; unknown names are chat, never rejected. */
export function channelFromName(name: string | null): Channel {
  // Bot Framework's Direct Line is a web chat transport, not the LINE messenger: judge it before splitting words.
  if (/^direct[\s_-]?line/i.test(name ?? '')) return 'chat';
  const tokens = words(name ?? '').map((w) => w.toLowerCase());
  if (tokens.some((t) => VOICE_WORDS.has(t))) return 'voice';
  if (tokens.some((t) => t === 'email' || t === 'mail')) return 'email';
  if (tokens.some((t) => MESSAGING_WORDS.has(t))) return 'messaging';
  return 'chat';
}

/** `en_US` (Lex) → `en-US`; anything not tag-like is dropped. */
export function localeTag(value: unknown): string | null {
  const s = str(value, 100);
  if (s === null) return null;
  const tag = s.replace(/_/g, '-');
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) && tag.length <= 35 ? tag : null;
}
