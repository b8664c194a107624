import type { StartupNotice } from '../../../shared/port/contract';
import { settingsFrom, type Settings, type SettingsPatch } from '../../../shared/port/settings';

/** The key-value store settings live in: electron-store in the app, a Map in tests. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

const SETTINGS_KEY = 'settings';

/**
 * Settings read tolerantly (a bad value falls back to its default) and written whole, with what
 * happened to the settings file at start (openPreferences) for the user to be told once.
 */
export class SettingsStore {
  readonly #store: KeyValueStore;
  #notices: StartupNotice[];

  constructor(store: KeyValueStore, notices: readonly StartupNotice[] = []) {
    this.#store = store;
    this.#notices = [...notices];
  }

  /** The notices not yet given; each is given once. */
  takeNotices(): StartupNotice[] {
    const notices = this.#notices;
    this.#notices = [];
    return notices;
  }

  get(): Settings {
    return settingsFrom(this.#store.get(SETTINGS_KEY));
  }

  update(patch: SettingsPatch): Settings {
    const next: Settings = { ...this.get(), ...patch };
    this.#store.set(SETTINGS_KEY, next);
    return next;
  }
}
