import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n';
import '../../../shared/i18n/all';
import { keywordsEn } from '../../../shared/i18n/keywords.en';
import {
  commandKeywords,
  searchCommands,
  type PaletteCommand,
} from '../../../renderer/commands/command-search';
import { ALL_COMMANDS } from '../../../renderer/commands/commands';
import type { PickerItem } from '../../../renderer/ui-kit/picker-dialog';

const item = (label: string, keywords?: string): PickerItem => ({
  key: label,
  label,
  keywords,
  choose: () => undefined,
});

const found = (items: readonly PickerItem[], query: string) =>
  searchCommands(items, query).map((found) => found.label);

describe('the command palette’s search', () => {
  const items = [
    item('Add: Events'),
    item('Undo', 'back revert'),
    item('Next theme', 'dark mode light'),
    item('Arrange automatically', 'tidy layout organize'),
    item('Расставить автоматически', 'упорядочить выровнять раскладка'),
    item('Следующая тема', 'тёмная светлая'),
    item('Экспорт отчёта в PDF…', 'пдф'),
  ];

  it('finds a command by the start of one of its keywords, in any case', () => {
    expect(found(items, 'Упорядочить')).toEqual(['Расставить автоматически']);
    expect(found(items, 'упоряд')).toEqual(['Расставить автоматически']);
    expect(found(items, 'TIDY')).toEqual(['Arrange automatically']);
    expect(found(items, 'dark mode')).toEqual(['Next theme']);
  });

  it('takes a keyword’s start only, not any part of it', () => {
    expect(found(items, 'ayout')).toEqual([]);
    expect(found(items, 'орядочить')).toEqual([]);
  });

  it('still finds any part of the label, as before, and the functions to add', () => {
    expect(found(items, 'omatic')).toEqual(['Arrange automatically']);
    expect(found(items, 'add: ev')).toEqual(['Add: Events']);
    expect(found(items, '')).toEqual(items.map((i) => i.label));
  });

  it('reads «ё» as «е», typed or written', () => {
    expect(found(items, 'темная тема')).toEqual(['Следующая тема']);
    expect(found(items, 'тёмная тёма')).toEqual(['Следующая тема']);
    expect(found(items, 'отчет')).toEqual(['Экспорт отчёта в PDF…']);
  });

  it('needs every typed word, each from the label or the keywords', () => {
    expect(found(items, 'next dark')).toEqual(['Next theme']);
    expect(found(items, 'dark undo')).toEqual([]);
  });

  it('puts the label’s matches above the keywords’, otherwise keeping the order', () => {
    const listed = [
      item('Print report…', 'printer paper pdf'),
      item('Save', 'store'),
      item('Export PDF report…', 'download'),
      item('Export the project file…', 'download backup'),
    ];
    expect(found(listed, 'pdf')).toEqual(['Export PDF report…', 'Print report…']);
    expect(found(listed, 'export')).toEqual(['Export PDF report…', 'Export the project file…']);
    expect(found(listed, 'down')).toEqual(['Export PDF report…', 'Export the project file…']);
  });
});

describe('the keywords in the catalog', () => {
  const listed = ALL_COMMANDS.map((command) => command.id).filter(
    (id): id is PaletteCommand => id !== 'view.commandPalette',
  );

  it('are there for every command the palette lists, and for nothing else', () => {
    expect(Object.keys(keywordsEn).sort()).toEqual(
      listed.map((id) => `palette.keywords.${id}`).sort(),
    );
  });

  it('find the commands by the words people were seen typing', () => {
    const search = (language: 'ru' | 'en', query: string) => {
      const t = translator(language);
      const commands = ALL_COMMANDS.filter(
        (command): command is (typeof ALL_COMMANDS)[number] & { id: PaletteCommand } =>
          command.id !== 'view.commandPalette',
      );
      const palette = commands.map((command) => ({
        key: command.id,
        label: t(command.labelKey),
        keywords: commandKeywords(t, command.id),
        choose: () => undefined,
      }));
      return searchCommands(palette, query).map((found) => found.key);
    };
    const first = (language: 'ru' | 'en', query: string) => search(language, query)[0];
    expect(first('ru', 'Упорядочить')).toBe('edit.autoLayout');
    expect(first('ru', 'выровнять')).toBe('edit.autoLayout');
    expect(first('ru', 'раскладка')).toBe('edit.autoLayout');
    expect(first('ru', 'лейаут')).toBe('edit.autoLayout');
    expect(first('ru', 'поиск')).toBe('view.find');
    expect(first('ru', 'тёмная тема')).toBe('view.theme');
    expect(first('ru', 'вписать')).toBe('view.fit');
    expect(search('ru', 'масштаб')).toEqual(
      expect.arrayContaining(['view.fit', 'view.zoomIn', 'view.zoomOut']),
    );
    expect(first('ru', 'пдф')).toBe('file.exportPdf');
    expect(first('ru', 'печать')).toBe('file.print');
    expect(first('ru', 'отменить')).toBe('edit.undo');
    for (const query of ['tidy', 'layout', 'organize']) {
      expect(first('en', query), query).toBe('edit.autoLayout');
    }
    expect(first('en', 'search')).toBe('view.find');
    expect(first('en', 'dark mode')).toBe('view.theme');
    expect(first('en', 'dark')).toBe('view.theme');
    expect(first('en', 'zoom to fit')).toBe('view.fit');
    expect(first('en', 'undo')).toBe('edit.undo');
    expect(first('en', 'pdf')).toBe('file.exportPdf');
    expect(search('en', 'pdf')).toContain('file.print');
    expect(first('en', 'print')).toBe('file.print');
  });
});
