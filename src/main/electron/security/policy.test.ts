// The policy's pure decisions: which URLs are ours, which links may leave the app, which permissions
// a page may get, and the CSP header rewrite.
import { describe, expect, it } from 'vitest';
import { externalLinkTarget, isAppUrl, secureWebPreferences } from './policy';
import { isPermissionAllowed, withContentSecurityPolicy } from './session-policy';

describe('security policy', () => {
  it('recognises only baton://app as our origin', () => {
    expect(isAppUrl('baton://app/index.html')).toBe(true);
    expect(isAppUrl('baton://app')).toBe(true);
    for (const url of ['baton://app.evil/x', 'baton://evil/', 'baton://user@app/', 'https://app/', 'file:///app', 'not a url', '']) {
      expect(isAppUrl(url)).toBe(false);
    }
  });

  it('lets only https and mailto links out', () => {
    expect(externalLinkTarget('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(externalLinkTarget('mailto:help@example.com')).toBe('mailto:help@example.com');
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:x', 'garbage']) {
      expect(externalLinkTarget(url)).toBeNull();
    }
  });

  it('grants notifications to our origin only, and nothing else to anyone', () => {
    expect(isPermissionAllowed('notifications', 'baton://app')).toBe(true);
    expect(isPermissionAllowed('notifications', 'https://evil.example')).toBe(false);
    expect(isPermissionAllowed('media', 'baton://app')).toBe(false);
    expect(isPermissionAllowed('openExternal', 'baton://app')).toBe(false);
  });

  it('replaces a CSP header of any case on our responses and leaves others untouched', () => {
    const headers = withContentSecurityPolicy('baton://app/index.html', { 'CONTENT-SECURITY-POLICY': ['default-src *'], Vary: ['x'] });
    expect(Object.keys(headers ?? {}).sort()).toEqual(['Content-Security-Policy', 'Vary']);
    expect(headers?.['Content-Security-Policy']?.[0]).toMatch(/^default-src 'self'; script-src 'self'/);
    const foreign = { 'content-security-policy': ['x'] };
    expect(withContentSecurityPolicy('https://example.com/', foreign)).toBe(foreign);
  });

  it('freezes the web preferences', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(Object.isFrozen(prefs)).toBe(true);
    expect(() => Object.assign(prefs, { sandbox: false })).toThrow(TypeError);
  });
});
