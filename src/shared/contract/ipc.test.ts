import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, LoginFormSchema, isEventChannel, isInvokeChannel } from './ipc';

describe('the IPC contract', () => {
  it('names every channel domain:verb-noun or domain:state', () => {
    for (const channel of [...INVOKE_CHANNELS, ...EVENT_CHANNELS]) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
  });

  it('recognises only its own channels, including against prototype keys', () => {
    expect(isInvokeChannel('session:log-in')).toBe(true);
    expect(isInvokeChannel('session:drop-tables')).toBe(false);
    expect(isInvokeChannel('toString')).toBe(false);
    expect(isInvokeChannel('__proto__')).toBe(false);
    expect(isInvokeChannel(42)).toBe(false);
    expect(isEventChannel('link:state-changed')).toBe(true);
    expect(isEventChannel('session:log-in')).toBe(false);
  });

  it('accepts a well-formed login and trims the URL and username', () => {
    const parsed = LoginFormSchema.parse({ gatewayUrl: ' http://127.0.0.1:7400 ', username: ' agent1 ', password: 'x' });
    expect(parsed).toEqual({ gatewayUrl: 'http://127.0.0.1:7400', username: 'agent1', password: 'x' });
  });

  it.each([
    [{ gatewayUrl: 'ftp://host', username: 'agent1', password: 'x' }, 'gatewayUrl', /http/],
    [{ gatewayUrl: 'http://h:1', username: 'agent 1', password: 'x' }, 'username', /letters/],
    [{ gatewayUrl: 'http://h:1', username: 'agent1', password: '' }, 'password', /password/],
  ])('refuses a bad login form field (%#) with a message naming the fix', (input, field, message) => {
    const result = LoginFormSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual([field]);
    expect(issue?.message).toMatch(message);
  });
});
