// A JSON-lines logger for Node hosts (web host, CLIs, tests). One object per line on stderr by default,
// so stdout stays free for the lines scripts parse (`Open: <url>`).
import type { LogFields, Logger } from '../../shared/log';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const RANK: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface ConsoleLoggerOptions {
  /** Where lines go; defaults to process.stderr. */
  write?: (line: string) => void;
  minLevel?: LogLevel;
  /** Added to every line, e.g. `{ scope: 'web' }`. */
  base?: LogFields;
  now?: () => Date;
}

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}

export function createConsoleLogger(options: ConsoleLoggerOptions = {}): Logger {
  const write = options.write ?? ((line: string) => void process.stderr.write(line));
  const min = RANK[options.minLevel ?? 'info'];
  const now = options.now ?? (() => new Date());
  const emit = (level: LogLevel, message: string, fields?: LogFields): void => {
    if (RANK[level] < min) return;
    const entry = { time: now().toISOString(), level, message, ...options.base, ...fields };
    write(`${safeStringify(entry)}\n`);
  };
  return {
    debug: (message, fields) => emit('debug', message, fields),
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
  };
}

/** Errors become `{name, message, stack}`; cycles and BigInts never make logging throw. */
function safeStringify(value: unknown): string {
  const seen = new WeakSet<object>();
  try {
    return JSON.stringify(value, (_key, v: unknown) => {
      if (v instanceof Error) return { name: v.name, message: v.message, stack: v.stack };
      if (typeof v === 'bigint') return v.toString();
      if (typeof v === 'object' && v !== null) {
        if (seen.has(v)) return '[circular]';
        seen.add(v);
      }
      return v;
    });
  } catch {
    return JSON.stringify({ level: 'error', message: 'unserialisable log entry' });
  }
}

/** A logger that adds `fields` to every entry, e.g. the browser session a line belongs to. */
export function withFields(log: Logger, fields: LogFields): Logger {
  return {
    debug: (message, more) => log.debug(message, { ...fields, ...more }),
    info: (message, more) => log.info(message, { ...fields, ...more }),
    warn: (message, more) => log.warn(message, { ...fields, ...more }),
    error: (message, more) => log.error(message, { ...fields, ...more }),
  };
}
