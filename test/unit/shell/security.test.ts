import { describe, expect, it } from 'vitest';
import { bundleFileFor, isAppUrl } from '../../../electron/main/security';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

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
