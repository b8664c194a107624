import { useCallback, useSyncExternalStore } from 'react';
import { useEditor } from '../state/workbench-context';
import type { Editor } from '../state/editor';
import { commandState, performCommand, type CommandState } from './command';
import { ALL_COMMANDS, commandById, type CommandName } from './commands';

export type CommandStates = Readonly<Record<string, CommandState>>;

interface CommandStateSource {
  readonly get: () => CommandStates;
  readonly subscribe: (listener: () => void) => () => void;
}

function computeStates(editor: Editor): CommandStates {
  const state = editor.getState();
  return Object.fromEntries(
    ALL_COMMANDS.map((command) => [command.id, commandState(command, state)]),
  );
}

const sources = new WeakMap<Editor, CommandStateSource>();

/**
 * Every command's enabled and checked state, recomputed when the editor changes and handed out
 * as a new object only when some state did change: one source for toolbar, context menu,
 * palette and native menu.
 */
export function commandStates(editor: Editor): CommandStateSource {
  const known = sources.get(editor);
  if (known) return known;
  let states = computeStates(editor);
  let key = JSON.stringify(states);
  const listeners = new Set<() => void>();
  let stop: (() => void) | undefined;
  const refresh = () => {
    const next = computeStates(editor);
    const nextKey = JSON.stringify(next);
    if (nextKey === key) return;
    states = next;
    key = nextKey;
    listeners.forEach((listener) => listener());
  };
  const source: CommandStateSource = {
    get: () => {
      // Unwatched, the cache may be stale; refreshed, it stays the same object if nothing changed.
      if (!stop) refresh();
      return states;
    },
    subscribe: (listener) => {
      if (!stop) {
        refresh();
        stop = editor.subscribe(refresh);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stop?.();
          stop = undefined;
        }
      };
    },
  };
  sources.set(editor, source);
  return source;
}

/** The reactive state of every command, and a way to run one. */
export function useCommands(): {
  readonly states: CommandStates;
  readonly perform: (id: CommandName) => void;
} {
  const editor = useEditor();
  const source = commandStates(editor);
  const states = useSyncExternalStore(source.subscribe, source.get);
  const perform = useCallback(
    (id: CommandName) => performCommand(commandById(id), editor),
    [editor],
  );
  return { states, perform };
}
