import { settingsFrom, type Settings, type SettingsPatch } from '../../../shared/port/settings';

/** The key-value store settings live in: electron-store in the app, a Map in tests. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const SETTINGS_KEY = 'settings';

/** Settings read tolerantly (a bad value falls back to its default) and written whole. */
export class SettingsStore {
  readonly #store: KeyValueStore;

  constructor(store: KeyValueStore) {
    this.#store = store;
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
