// The gateway's Logger implementation: one JSON object per line on a writable stream (stderr in the CLI).
// It never throws and never writes to stdout, which the CLI keeps for its machine-readable lines.
import type { LogFields, Logger } from '../shared/log';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const LEVEL_RANK: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface JsonLoggerOptions {
  write: (line: string) => void;
  level?: LogLevel;
  now?: () => Date;
}

/** Errors do not survive JSON.stringify (their fields are not enumerable), so flatten them first. */
function serialisable(fields: LogFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
  }
  return out;
}

export function createJsonLogger({ write, level = 'info', now = () => new Date() }: JsonLoggerOptions): Logger {
  const threshold = LEVEL_RANK[level];
  const emit = (lvl: LogLevel, message: string, fields?: LogFields): void => {
    if (LEVEL_RANK[lvl] < threshold) return;
    let line: string;
    try {
      line = JSON.stringify({ time: now().toISOString(), level: lvl, msg: message, ...serialisable(fields ?? {}) });
    } catch {
      line = JSON.stringify({ time: now().toISOString(), level: lvl, msg: message, fields: 'unserialisable' });
    }
    write(`${line}\n`);
  };
  return {
    debug: (message, fields) => emit('debug', message, fields),
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
  };
}

export function parseLogLevel(value: string | undefined): LogLevel {
  return value === 'debug' || value === 'info' || value === 'warn' || value === 'error' ? value : 'info';
}
