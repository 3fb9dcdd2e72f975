// In-memory desktop session ids per user: the current login's sid and the sids newer logins replaced.
// Decides nothing about sockets; the socket layer tells and disconnects the replaced desktops.
import type { GatewayState, SessionClaim } from './gateway-state';

interface Current {
  sid: string;
  issuedAt: string;
  since: string;
}

export function createMemorySessionClaims(): Pick<GatewayState, 'claimDesktopSession'> & { clear: () => void } {
  const current = new Map<string, Current>();
  /** sid -> when a newer login took over from it. */
  const replaced = new Map<string, string>();

  return {
    claimDesktopSession(username, { sid, issuedAt, at }) {
      const outcome = ((): SessionClaim => {
        const gone = replaced.get(sid);
        if (gone !== undefined) return { status: 'replaced', replacedAt: gone };
        const now = current.get(username);
        if (!now || now.sid === sid) {
          if (!now) current.set(username, { sid, issuedAt, since: at });
          return { status: 'current' };
        }
        // A login older than the current one lost already, even if its desktop connects only now.
        if (Date.parse(issuedAt) < Date.parse(now.issuedAt)) {
          replaced.set(sid, now.since);
          return { status: 'replaced', replacedAt: now.since };
        }
        replaced.set(now.sid, at);
        current.set(username, { sid, issuedAt, since: at });
        return { status: 'took-over', replacedSid: now.sid };
      })();
      return Promise.resolve(outcome);
    },
    clear: () => {
      current.clear();
      replaced.clear();
    },
  };
}
