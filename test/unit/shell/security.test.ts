import { describe, expect, it } from 'vitest';
import { bundleFileFor, isAppUrl } from '../../../electron/main/security';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
} from '../../../shared/security/csp';

describe('app scheme', () => {
  it('trusts only the app origin', () => {
    expect(isAppUrl('app://bundle/index.html')).toBe(true);
    expect(isAppUrl('https://bundle/index.html')).toBe(false);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('maps requests into the bundle folder and refuses to leave it', () => {
    expect(bundleFileFor('app://bundle/', '/opt/app/dist', '/')).toBe('/opt/app/dist/index.html');
    expect(bundleFileFor('app://bundle/assets/x.js', '/opt/app/dist', '/')).toBe(
      '/opt/app/dist/assets/x.js',
    );
    // The URL parser already folds an encoded "../" at the root back into the bundle…
    expect(bundleFileFor('app://bundle/%2e%2e/secret', '/opt/app/dist', '/')).toBe(
      '/opt/app/dist/secret',
    );
    // …and one that survives decoding is refused.
    expect(bundleFileFor('app://bundle/a/..%2f..%2fsecret', '/opt/app/dist', '/')).toBeUndefined();
    expect(bundleFileFor('app://other/index.html', '/opt/app/dist', '/')).toBeUndefined();
  });

  it('has a policy without remote or inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});

/** "a b c; d e" → { a: ['b', 'c'], d: ['e'] } */
function directivesOf(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('content security policy (header and meta)', () => {
  const header = directivesOf(CONTENT_SECURITY_POLICY);
  const meta = directivesOf(CONTENT_SECURITY_POLICY_META);

  it.each([
    ['header', header],
    ['meta', meta],
  ])('%s: denies by default and allows only the app itself', (_where, policy) => {
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    for (const directive of ['object-src', 'base-uri', 'form-action']) {
      expect(policy[directive], directive).toEqual(["'none'"]);
    }
    for (const [directive, sources] of Object.entries(policy)) {
      // No eval, no remote or wildcard source; inline only for styles (React Flow's positions).
      expect(sources, directive).not.toContain("'unsafe-eval'");
      expect(
        sources.filter((s) => /^(\*|https?:|wss?:|ftp:|file:)/.test(s)),
        directive,
      ).toEqual([]);
      if (directive !== 'style-src') expect(sources, directive).not.toContain("'unsafe-inline'");
    }
  });

  it('forbids framing in the header; the meta is the same policy without what a meta cannot carry', () => {
    expect(header['frame-ancestors']).toEqual(["'none'"]);
    const withoutFraming = Object.entries(header).filter(([name]) => name !== 'frame-ancestors');
    expect(meta).toEqual(Object.fromEntries(withoutFraming));
  });
});
