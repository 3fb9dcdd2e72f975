// The logging port every process writes through. Implementations live in each host (main, gateway);
// this file holds only the shape, so shared code can accept a logger without importing Node.
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** A logger that drops everything: for tests and for callers that truly need silence. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
