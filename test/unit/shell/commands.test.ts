import { describe, expect, it } from 'vitest';
import {
  isBareKey,
  matchesAccelerator,
  normalizeAccelerator,
  type KeyStroke,
} from '../../../shared/commands/accelerator';
import { COMMANDS, isCommandId } from '../../../shared/commands/commands';
import { buildMenuTemplate } from '../../../electron/main/menu';
import type { MenuItemConstructorOptions } from 'electron';

const stroke = (key: string, modifiers: Partial<KeyStroke> = {}): KeyStroke => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('the command list', () => {
  it('uses no accelerator twice', () => {
    const all = COMMANDS.flatMap((command) => command.accelerators.map(normalizeAccelerator));
    const repeated = all.filter((accelerator, index) => all.indexOf(accelerator) !== index);
    expect(repeated).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = COMMANDS.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(isCommandId('file.save')).toBe(true);
    expect(isCommandId('file.format-disk')).toBe(false);
  });
});

describe('accelerators', () => {
  it('match the primary modifier per platform', () => {
    expect(matchesAccelerator('CmdOrCtrl+S', stroke('s', { ctrlKey: true }), 'other')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+S', stroke('s', { metaKey: true }), 'mac')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+S', stroke('s', { metaKey: true }), 'other')).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+S', stroke('s'), 'other')).toBe(false);
  });

  it('know arrow keys and Delete by their DOM names', () => {
    expect(matchesAccelerator('Left', stroke('ArrowLeft'), 'other')).toBe(true);
    expect(matchesAccelerator('Delete', stroke('Delete'), 'other')).toBe(true);
    expect(matchesAccelerator('Left', stroke('ArrowLeft', { shiftKey: true }), 'other')).toBe(
      false,
    );
  });

  it('tell Shift apart and ignore the letter case', () => {
    const redo = stroke('Z', { ctrlKey: true, shiftKey: true });
    expect(matchesAccelerator('CmdOrCtrl+Shift+Z', redo, 'other')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Z', redo, 'other')).toBe(false);
  });

  it('match an Alt shortcut on the physical key: Option changes the character on a Mac', () => {
    // ⌘⌥] types "‘" on a US Mac keyboard, ⌘⌥[ "“".
    const next = stroke('‘', { metaKey: true, altKey: true, code: 'BracketRight' });
    const previous = stroke('“', { metaKey: true, altKey: true, code: 'BracketLeft' });
    expect(matchesAccelerator('CmdOrCtrl+Alt+]', next, 'mac')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Alt+[', previous, 'mac')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Alt+]', previous, 'mac')).toBe(false);
    // Elsewhere, and for letters and digits, the same.
    const other = stroke(']', { ctrlKey: true, altKey: true, code: 'BracketRight' });
    expect(matchesAccelerator('CmdOrCtrl+Alt+]', other, 'other')).toBe(true);
    expect(matchesAccelerator('Alt+A', stroke('å', { altKey: true, code: 'KeyA' }), 'mac')).toBe(
      true,
    );
    expect(matchesAccelerator('Alt+1', stroke('¡', { altKey: true, code: 'Digit1' }), 'mac')).toBe(
      true,
    );
    // Without a code (a synthetic stroke), the character still counts.
    expect(
      matchesAccelerator('CmdOrCtrl+Alt+]', stroke(']', { ctrlKey: true, altKey: true }), 'other'),
    ).toBe(true);
    // A shortcut without Alt keeps to the character typed (layouts differ on where "?" is).
    expect(matchesAccelerator('?', stroke('?', { code: 'Digit7', shiftKey: true }), 'other')).toBe(
      true,
    );
  });

  it('take a symbol as typed, with or without the Shift it needs on the layout', () => {
    expect(matchesAccelerator('?', stroke('?', { shiftKey: true }), 'other')).toBe(true);
    expect(matchesAccelerator('?', stroke('?'), 'other')).toBe(true);
    expect(matchesAccelerator('?', stroke('?', { ctrlKey: true }), 'other')).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+/', stroke('/', { ctrlKey: true }), 'other')).toBe(true);
    // Letters still tell Shift apart.
    expect(matchesAccelerator('F', stroke('F', { shiftKey: true }), 'other')).toBe(false);
  });

  it('know which need no modifier', () => {
    expect(isBareKey('F')).toBe(true);
    expect(isBareKey('Shift+F')).toBe(true);
    expect(isBareKey('CmdOrCtrl+F')).toBe(false);
  });
});

describe('the native menu', () => {
  const performed: string[] = [];
  const build = (language: 'ru' | 'en') =>
    buildMenuTemplate({
      language,
      platform: 'linux',
      development: false,
      perform: (id) => performed.push(id),
    });
  const items = (menu: MenuItemConstructorOptions) => menu.submenu as MenuItemConstructorOptions[];

  it('has File, Edit, View and Help in the UI language', () => {
    expect(build('en').map((menu) => menu.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Scenario',
      'Help',
    ]);
    expect(build('ru').map((menu) => menu.label)).toEqual([
      'Файл',
      'Правка',
      'Вид',
      'Сценарий',
      'Справка',
    ]);
  });

  it('holds every command once, with its shortcut, sending its id when clicked', () => {
    const entries = build('en')
      .flatMap(items)
      .filter((item) => item.id);
    const inMenus = COMMANDS.filter((c) => 'menu' in c).map((c) => c.id);
    expect(entries.map((item) => item.id).sort()).toEqual(inMenus.sort());
    const save = entries.find((item) => item.id === 'file.save');
    expect(save?.accelerator).toBe('CmdOrCtrl+S');
    expect(save?.registerAccelerator).toBe(true);
    save?.click?.({} as never, undefined, {} as never);
    expect(performed).toContain('file.save');
  });

  it('leaves clipboard commands to the platform roles, which send events to the page', () => {
    const copy = build('en')
      .flatMap(items)
      .find((item) => item.id === 'edit.copy');
    expect(copy).toMatchObject({ role: 'copy', label: 'Copy', accelerator: 'CmdOrCtrl+C' });
    expect(copy?.click).toBeUndefined();
  });

  it('does not register text-aware shortcuts, so fields keep Ctrl+Z and Delete', () => {
    const entries = build('en').flatMap(items);
    for (const id of ['edit.undo', 'edit.redo', 'edit.delete', 'edit.selectAll']) {
      expect(entries.find((item) => item.id === id)?.registerAccelerator, id).toBe(false);
    }
  });

  it('shows but does not register bare-key shortcuts, which would eat typed letters', () => {
    const fit = build('en')
      .flatMap(items)
      .find((item) => item.id === 'view.fit');
    expect(fit?.accelerator).toBe('F');
    expect(fit?.registerAccelerator).toBe(false);
  });
});
