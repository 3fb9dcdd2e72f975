// Reads and validates the gateway config file. Every failure becomes a ConfigError whose message names the
// file and the field at fault, so the CLI can print it as is.
import { readFile } from 'node:fs/promises';
import { GatewayConfigSchema, type GatewayConfig } from './config-schema';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Validates an already-parsed config object (also used by tests and embedders that build configs in code). */
export function parseConfig(raw: unknown, source = 'config'): GatewayConfig {
  const result = GatewayConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${fieldPath(issue.path) || '(root)'}: ${issue.message}`);
  throw new ConfigError(`Invalid gateway config ${source}:\n${lines.join('\n')}`);
}

export async function loadConfig(path: string): Promise<GatewayConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? `Gateway config file not found: ${path}` : `Cannot read gateway config ${path}: ${String(error)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`Gateway config ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseConfig(raw, path);
}
