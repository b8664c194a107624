import type { ReactFlowInstance } from '@xyflow/react';
import type { CommandId } from '../../shared/commands/commands';
import { LANGUAGES } from '../../shared/i18n';
import { THEMES } from '../../shared/port/settings';
import type { Workbench } from '../app/workbench-context';
import type { WorkbenchState } from '../state/store';

export interface CommandContext extends Workbench {
  /** The canvas, once React Flow has initialised it. */
  readonly flow: ReactFlowInstance | undefined;
  readonly showAbout: () => void;
}

export interface CommandHandler {
  readonly perform: (context: CommandContext) => void;
  readonly enabled?: (state: WorkbenchState, context: CommandContext) => boolean;
}

/** True while the user types in a field: text editing then keeps its own undo and keys. */
export function isEditingText(): boolean {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement)) return false;
  return (
    element.isContentEditable ||
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(element.type))
  );
}

function next<T>(values: readonly T[], current: T): T {
  return values[(values.indexOf(current) + 1) % values.length] as T;
}

/**
 * What each command does. Typed by CommandId, so a command in the shared list without a
 * handler here does not compile.
 */
export const COMMAND_HANDLERS: { readonly [Id in CommandId]: CommandHandler } = {
  'file.save': { perform: ({ saver }) => void saver.save() },
  'edit.undo': {
    perform: ({ store }) => {
      if (isEditingText()) document.execCommand('undo');
      else store.temporal.getState().undo();
    },
    enabled: (_state, { store }) => store.temporal.getState().pastStates.length > 0,
  },
  'edit.redo': {
    perform: ({ store }) => {
      if (isEditingText()) document.execCommand('redo');
      else store.temporal.getState().redo();
    },
    enabled: (_state, { store }) => store.temporal.getState().futureStates.length > 0,
  },
  'view.fit': { perform: ({ flow }) => void flow?.fitView({ padding: 0.15, duration: 200 }) },
  'view.zoomIn': { perform: ({ flow }) => void flow?.zoomIn({ duration: 150 }) },
  'view.zoomOut': { perform: ({ flow }) => void flow?.zoomOut({ duration: 150 }) },
  'view.language': {
    perform: ({ store, port }) => {
      const language = next(LANGUAGES, store.getState().language);
      store.getState().setLanguage(language);
      void port.updateSettings({ language }).catch((error: unknown) => console.error(error));
    },
  },
  'view.theme': {
    perform: ({ store, port }) => {
      const theme = next(THEMES, store.getState().theme);
      store.getState().setTheme(theme);
      void port.updateSettings({ theme }).catch((error: unknown) => console.error(error));
    },
  },
  'help.about': { perform: ({ showAbout }) => showAbout() },
};

export function performCommand(id: CommandId, context: CommandContext): void {
  const handler = COMMAND_HANDLERS[id];
  if (handler.enabled && !handler.enabled(context.store.getState(), context)) return;
  handler.perform(context);
}
