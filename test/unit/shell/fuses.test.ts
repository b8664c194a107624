import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The `electronFuses:` block of the packaging config, as name → value. */
function fusesOf(yaml: string): Record<string, boolean> {
  const block = /^electronFuses:\n((?: {2}\w+: (?:true|false)\n)+)/m.exec(yaml)?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/^ {2}(\w+): (true|false)$/gm)].map(([, name, value]) => [
      name,
      value === 'true',
    ]),
  );
}

describe('packaging hardening', () => {
  it('flips the Electron fuses that close the usual ways into a packaged app', () => {
    const fuses = fusesOf(readFileSync('build/electron-builder.yml', 'utf8'));
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an ASAR archive (which the integrity fuses verify)', () => {
    expect(readFileSync('build/electron-builder.yml', 'utf8')).toMatch(/^asar: true$/m);
  });
});
