import { EDIT_COMMANDS } from './edit-commands';
import { FILE_COMMANDS } from './file-commands';
import { SCENARIO_COMMANDS } from './scenario-commands';
import { VIEW_COMMANDS } from './view-commands';
import type { Command } from './command';

/** Every command, in the order the command palette lists them. */
export const ALL_COMMANDS = [
  ...FILE_COMMANDS,
  ...EDIT_COMMANDS,
  ...VIEW_COMMANDS,
  ...SCENARIO_COMMANDS,
];

export type CommandName = (typeof ALL_COMMANDS)[number]['id'];

const BY_ID = new Map<string, Command>(ALL_COMMANDS.map((command) => [command.id, command]));

export function commandById(id: CommandName): Command {
  const command = BY_ID.get(id);
  if (!command) throw new Error(`Unknown command ${id}`);
  return command;
}
