// Opaque ids for conversations (`c_`) and offers (`o_`): random, so they reveal nothing about volume or
// order and cannot be guessed from one another.
import { randomBytes } from 'node:crypto';

function randomId(prefix: string): string {
  return `${prefix}${randomBytes(12).toString('base64url')}`;
}

export const newConversationId = (): string => randomId('c_');
export const newOfferId = (): string => randomId('o_');
