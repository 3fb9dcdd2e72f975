// Which gateway the login screen points at: configured URLs win, a bad BATON_GATEWAY_URL is reported
// and replaced by the embedded demo, and a failed embedded start still leaves a usable login screen.
import { describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../core/testing/recording-logger';
import { chooseGateway, type EmbeddedGateway } from './gateway-choice';

function embedded(users = ['agent1', 'supervisor1']) {
  const state = { started: 0, closed: 0 };
  const start = (): Promise<EmbeddedGateway> => {
    state.started += 1;
    return Promise.resolve({
      url: 'http://127.0.0.1:7400',
      demo: { users, password: 'baton-demo' },
      close: () => {
        state.closed += 1;
        return Promise.resolve();
      },
    });
  };
  return { state, start };
}

describe('chooseGateway', () => {
  it('starts the embedded demo gateway and pre-fills agent1 when nothing is configured', async () => {
    const gw = embedded();
    const choice = await chooseGateway({ envUrl: undefined, settingsUrl: null, startEmbedded: gw.start, log: createRecordingLogger() });
    expect(choice.defaults).toEqual({ gatewayUrl: 'http://127.0.0.1:7400', username: 'agent1' });
    expect(choice.demo?.users).toContain('agent1');
    await choice.close();
    expect(gw.state).toEqual({ started: 1, closed: 1 });
  });

  it('uses BATON_GATEWAY_URL over the settings and starts nothing', async () => {
    const gw = embedded();
    const choice = await chooseGateway({
      envUrl: ' https://gw.example.com ',
      settingsUrl: 'http://10.0.0.1:7400',
      startEmbedded: gw.start,
      log: createRecordingLogger(),
    });
    expect(choice).toMatchObject({ defaults: { gatewayUrl: 'https://gw.example.com', username: null }, demo: null });
    expect(gw.state.started).toBe(0);
  });

  it('uses the settings URL when the environment names none', async () => {
    const gw = embedded();
    const choice = await chooseGateway({ envUrl: '', settingsUrl: 'http://10.0.0.1:7400', startEmbedded: gw.start, log: createRecordingLogger() });
    expect(choice.defaults.gatewayUrl).toBe('http://10.0.0.1:7400');
    expect(gw.state.started).toBe(0);
  });

  it('reports a malformed BATON_GATEWAY_URL and falls back to the embedded gateway', async () => {
    const gw = embedded();
    const log = createRecordingLogger();
    const choice = await chooseGateway({ envUrl: 'ftp://nope', settingsUrl: null, startEmbedded: gw.start, log });
    expect(choice.defaults.gatewayUrl).toBe('http://127.0.0.1:7400');
    expect(log.at('warn')[0]?.message).toMatch(/BATON_GATEWAY_URL is not an http\(s\) URL/);
  });

  it('keeps a usable login screen when the embedded gateway cannot start', async () => {
    const log = createRecordingLogger();
    const choice = await chooseGateway({
      envUrl: undefined,
      settingsUrl: null,
      startEmbedded: () => Promise.reject(new Error('EADDRINUSE')),
      log,
    });
    expect(choice).toMatchObject({ defaults: { gatewayUrl: null, username: null }, demo: null });
    await expect(choice.close()).resolves.toBeUndefined();
    expect(log.at('error')).toHaveLength(1);
  });

  it('pre-fills the first demo user when agent1 is not among them', async () => {
    const choice = await chooseGateway({
      envUrl: undefined,
      settingsUrl: null,
      startEmbedded: embedded(['ops7']).start,
      log: createRecordingLogger(),
    });
    expect(choice.defaults.username).toBe('ops7');
  });
});
