// Identifiers shared by several domain modules (kept apart so those modules need not import each other).
import { z } from 'zod';

export const ConversationIdSchema = z.string().min(1).max(100);
