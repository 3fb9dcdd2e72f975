// Turns a failed `session:log-in` into one sentence the person at the keyboard can act on.
import type { BatonErrorData } from '../../../shared/contract/result';

export function loginErrorText(error: BatonErrorData, gatewayUrl: string): string {
  switch (error.code) {
    case 'bad-credentials':
      return 'Wrong username or password.';
    case 'unreachable':
      return `Can't reach the gateway at ${gatewayUrl}. Check the address and that the gateway is running.`;
    case 'unauthorized':
      return `The gateway refused the session: ${error.message}`;
    case 'invalid-request':
    case 'gateway-error':
      return error.message;
    case 'unknown-channel':
    case 'forbidden-sender':
    case 'forbidden':
    case 'not-logged-in':
    case 'internal':
      return `Login failed because of a problem in Baton itself (${error.code}). Try again; if it keeps failing, restart Baton.`;
  }
}
