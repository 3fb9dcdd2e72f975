// Seeded pseudo-randomness for the demo simulator: mulberry32 plus the few draws scenarios need.
// Deterministic by design (same seed, same traffic) so tests can pin payloads; never for secrets.

/** A source of floats in [0, 1), like Math.random. */
export type Random = () => number;

/** mulberry32: a tiny 32-bit PRNG with a full 2^32 period; plenty for demo traffic. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer in [min, max], both inclusive. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

/** A float in [min, max) rounded to `digits` decimals, as bots report confidences and scores. */
export function floatBetween(random: Random, min: number, max: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round((min + random() * (max - min)) * factor) / factor;
}

const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function drawChars(random: Random, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet.charAt(Math.floor(random() * alphabet.length));
  return out;
}

export function hex(random: Random, length: number): string {
  return drawChars(random, HEX, length);
}

/** Upper-case letters and digits without look-alikes (no 0/O, 1/I): how order and case numbers read. */
export function code(random: Random, length: number): string {
  return drawChars(random, ALNUM, length);
}

export function digits(random: Random, length: number): string {
  return drawChars(random, '0123456789', length);
}

/** A version-4-shaped UUID drawn from the seeded source (bots use UUIDs for session ids). */
export function uuid(random: Random): string {
  const variant = pick(random, ['8', '9', 'a', 'b']);
  return `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-${variant}${hex(random, 3)}-${hex(random, 12)}`;
}

/** A 32-bit seed from text (FNV-1a), so things named by seeded ids get repeatable randomness of their own. */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}
