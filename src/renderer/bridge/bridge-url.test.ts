// Where the browser-mode bridge connects, and that a reload keeps the same host session.
import { describe, expect, it } from 'vitest';
import { bridgeSessionId, bridgeUrl } from './bridge-url';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('bridge-url', () => {
  it('connects to the page host with the run key and session id', () => {
    const url = new URL(bridgeUrl({ protocol: 'http:', host: '127.0.0.1:5173', search: '?key=abc%2B1&x=y' }, 'sess-1234'));
    expect(url.protocol).toBe('ws:');
    expect(url.host).toBe('127.0.0.1:5173');
    expect(url.pathname).toBe('/bridge');
    expect(url.searchParams.get('key')).toBe('abc+1');
    expect(url.searchParams.get('session')).toBe('sess-1234');
    expect(bridgeUrl({ protocol: 'https:', host: 'h', search: '' }, 'sess-1234')).toMatch(/^wss:\/\/h\/bridge\?key=&session=/);
  });

  it('keeps one session id per tab and replaces a tampered one', () => {
    const storage = memoryStorage();
    let n = 0;
    const random = () => `generated-${++n}`;
    const first = bridgeSessionId(storage, random);
    expect(bridgeSessionId(storage, random)).toBe(first);
    storage.setItem('baton.bridge-session', '<script>');
    expect(bridgeSessionId(storage, random)).toBe('generated-2');
  });
});
