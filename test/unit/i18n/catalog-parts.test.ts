import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs, parts } from '../../../shared/i18n/all';
import { fullClosure, keysNamedBy, moduleFacts, staticClosure } from './module-graph';

const root = join(import.meta.dirname, '../../..');
const entry = join(root, 'renderer/main.tsx');
const named = (path: string) => relative(root, path);

/**
 * Keys the first screen's code names as data but never turns into text there: a design check's
 * message key (`check.<id>`) becomes text only through `checkMessage` (and `designReport`, which
 * calls it), which only code loaded on demand calls (the checks panel, the inspector, the report, the presentation): the first screen
 * counts the findings and marks the cards. The last test holds that.
 */
const NAMED_NOT_SHOWN = /^check\./;
const CHECK_TEXT = [
  'shared/checks/message.ts',
  'shared/checks/design-report.ts',
  'shared/checks/index.ts',
];

describe('the catalog in parts (first screen, later screens, output)', () => {
  const keysOf = (catalog: object) => Object.keys(catalog).sort();

  it('has the same keys in RU and EN in each part', () => {
    for (const [part, { en, ru }] of Object.entries(parts)) {
      expect(keysOf(ru), part).toEqual(keysOf(en));
    }
  });

  it('parts that together are the catalog, no key in two', () => {
    const all = Object.values(parts).flatMap(({ en }) => Object.keys(en));
    expect(all.length).toBe(new Set(all).size);
    expect(all.sort()).toEqual(keysOf(catalogs.en));
  });

  it('the first part has every key the first screen’s code names', () => {
    // The modules the entry imports statically load with the first screen; they may render
    // any key they name (literally, or by a template such as `check.${id}`) before anything
    // else is loaded.
    const keys = Object.keys(catalogs.en);
    const first = new Set(Object.keys(parts.first.en));
    const missing = [...keysNamedBy(staticClosure(entry), keys)]
      .filter(([key]) => !first.has(key) && !NAMED_NOT_SHOWN.test(key))
      .map(([key, path]) => `${key} (${named(path)})`);
    expect(missing).toEqual([]);
  });

  it('reads the module graph (a reader that found nothing would let the tests pass)', () => {
    const first = staticClosure(entry);
    expect(first.size).toBeGreaterThan(100);
    expect(fullClosure(entry).size).toBeGreaterThan(first.size);
    expect(keysNamedBy(first, Object.keys(catalogs.en)).size).toBeGreaterThan(300);
  });

  it('code loaded on demand waits for the later texts, or names only first-screen keys', () => {
    // onDemand (renderer/ui-kit/lazy.tsx) loads the catalog's later part with the code, and
    // lazyComponent and lazyDialog go through it: a module loaded on demand renders only once
    // the texts it may name are there. Code imported otherwise (the storage's validating reader,
    // the clipboard's parser) may name only texts the first screen has loaded already.
    const wrappers = ['onDemand', 'lazyComponent', 'lazyDialog'];
    // The catalog's own loader is the one exception: it loads the parts.
    const loader = join(root, 'shared/i18n/index.ts');
    const keys = Object.keys(catalogs.en);
    const first = new Set(Object.keys(parts.first.en));
    const unwrapped = [...fullClosure(entry)]
      .filter((path) => path !== loader)
      .flatMap((path) =>
        moduleFacts(path).dynamicImports.filter(
          (d) => !d.wrappers.some((name) => wrappers.includes(name)),
        ),
      );
    const missing = unwrapped.flatMap((d) =>
      [...keysNamedBy(staticClosure(d.path), keys)]
        .filter(([key]) => !first.has(key))
        .map(([key, path]) => `${key} (${named(path)}, imported on demand)`),
    );
    expect(missing).toEqual([]);
  });

  it("the first screen's code turns no check into its message", () => {
    const showing = [...staticClosure(entry)]
      .map(named)
      .filter((path) => !CHECK_TEXT.includes(path))
      .filter((path) =>
        /\b(checkMessage|designReport)\b|\.messageKey\b/.test(
          readFileSync(join(root, path), 'utf8'),
        ),
      );
    expect(showing).toEqual([]);
  });
});
