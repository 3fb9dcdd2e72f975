// A Logger that keeps every entry, so tests can assert what was logged (and how often).
import type { LogFields, Logger } from '../../../shared/log';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields: LogFields | undefined;
}

export interface RecordingLogger extends Logger {
  readonly entries: LogEntry[];
  at(level: LogEntry['level']): LogEntry[];
}

export function createRecordingLogger(): RecordingLogger {
  const entries: LogEntry[] = [];
  const record = (level: LogEntry['level']) => (message: string, fields?: LogFields) => {
    entries.push({ level, message, fields });
  };
  return {
    entries,
    at: (level) => entries.filter((e) => e.level === level),
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
  };
}
