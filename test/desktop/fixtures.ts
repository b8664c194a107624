import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base } from '@playwright/test';
import { launchDesktop, type DesktopApp, type LaunchOptions } from './harness/desktop-harness';

/** A temporary profile (userData) and documents folder, removed after the test. */
interface Profile {
  readonly root: string;
  readonly userData: string;
  readonly documents: string;
}

export const test = base.extend<{
  profile: Profile;
  /** Starts the app on the test's profile; every launch is disposed after the test. */
  launch: (options?: Partial<LaunchOptions>) => Promise<DesktopApp>;
}>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern.
  profile: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), 'ssw-harness-'));
    const profile = { root, userData: join(root, 'user-data'), documents: join(root, 'documents') };
    mkdirSync(profile.documents, { recursive: true });
    await use(profile);
    rmSync(root, { recursive: true, force: true });
  },
  launch: async ({ browser, profile }, use) => {
    const launched: DesktopApp[] = [];
    await use(async (options) => {
      const app = await launchDesktop(browser, { ...profile, ...options });
      launched.push(app);
      return app;
    });
    for (const app of launched) await app.dispose();
    // An uncaught error in a page fails the test even when what it checked looked right.
    const pageErrors = launched.flatMap((app) =>
      app.fake.log.filter((l) => l.startsWith('page error')),
    );
    expect(pageErrors).toEqual([]);
  },
});

export { expect } from '@playwright/test';
