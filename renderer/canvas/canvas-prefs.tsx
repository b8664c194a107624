import { createContext, useContext } from 'react';
import type { Translate } from '../../shared/i18n';

/**
 * What every card, link and frame reads alike (the language, whether this tab may edit, large
 * type): read from the store once by the canvas and handed down, so that a change of the store
 * does not run one more selector per card for each of them.
 */
export interface CanvasPrefs {
  readonly t: Translate;
  readonly readOnly: boolean;
  /** Large type or the projector theme: names are drawn larger. */
  readonly large: boolean;
}

const Prefs = createContext<CanvasPrefs | undefined>(undefined);

export const CanvasPrefsProvider = Prefs.Provider;

export function useCanvasPrefs(): CanvasPrefs {
  const prefs = useContext(Prefs);
  if (!prefs) throw new Error('useCanvasPrefs outside the canvas');
  return prefs;
}
