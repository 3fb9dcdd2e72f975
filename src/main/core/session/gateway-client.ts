// The gateway's HTTP API as the desktop uses it: log in and get a token. Every failure becomes a
// BatonError whose code tells the agent what to do (check the URL, the password, or call support).
import { HttpErrorSchema, LoginResponseSchema, type LoginResponse } from '../../../shared/contract/http';
import { BatonError } from '../../../shared/contract/result';
import type { Logger } from '../../../shared/log';

export interface LoginOptions {
  gatewayUrl: string;
  username: string;
  password: string;
  log: Logger;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

export async function logInOverHttp(options: LoginOptions): Promise<LoginResponse> {
  const { gatewayUrl, username, password, log } = options;
  const timeoutMs = options.timeoutMs ?? 8000;
  const doFetch = options.fetch ?? globalThis.fetch;
  const endpoint = `${gatewayUrl.replace(/\/+$/, '')}/v1/auth/login`;
  let response: Response;
  try {
    response = await doFetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ username, password }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    log.warn('login: gateway unreachable', { gatewayUrl, error: causeOf(error) });
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw new BatonError('unreachable', `The gateway at ${gatewayUrl} did not answer within ${Math.round(timeoutMs / 1000)} s.`);
    }
    throw new BatonError('unreachable', `Cannot reach the gateway at ${gatewayUrl} (${causeOf(error)}). Check the URL and that the gateway is running.`);
  }
  const body = await readJson(response);
  if (response.status === 401) {
    throw new BatonError('bad-credentials', errorText(body) ?? 'Wrong username or password.');
  }
  if (!response.ok) {
    log.warn('login: gateway error', { gatewayUrl, status: response.status });
    const detail = errorText(body);
    throw new BatonError('gateway-error', `The gateway refused the login (HTTP ${response.status}${detail ? `: ${detail}` : ''}).`);
  }
  const parsed = LoginResponseSchema.safeParse(body);
  if (!parsed.success) {
    log.warn('login: unexpected response body', { gatewayUrl });
    throw new BatonError('gateway-error', `The server at ${gatewayUrl} did not answer like a Baton gateway.`);
  }
  return parsed.data;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    const body: unknown = await response.json();
    return body;
  } catch {
    return null;
  }
}

function errorText(body: unknown): string | null {
  const parsed = HttpErrorSchema.safeParse(body);
  return parsed.success && parsed.data.error.trim() ? parsed.data.error.trim() : null;
}

/** Node's fetch hides the socket error (ECONNREFUSED, ENOTFOUND) in `cause`. */
function causeOf(error: unknown): string {
  if (error instanceof Error) {
    const cause: unknown = error.cause;
    if (cause instanceof Error) return 'code' in cause && typeof cause.code === 'string' ? cause.code : cause.message;
    return error.message;
  }
  return String(error);
}
