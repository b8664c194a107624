import type { Translate } from '../../shared/i18n';
import type { KeywordKey } from '../../shared/i18n/keywords.en';
import type { PickerItem } from '../ui-kit/picker-dialog';
import type { CommandName } from './commands';

/**
 * The command palette's search by the words people use: loaded on demand with the catalog's later
 * part, where the keywords are; until then the palette matches labels only, as other pickers do.
 */

/** A command the palette lists: every one but the palette itself. */
export type PaletteCommand = Exclude<CommandName, 'view.commandPalette'>;

/** The words a command is also found by, in the UI language (shared/i18n/keywords.*). */
export function commandKeywords(t: Translate, id: PaletteCommand): string {
  const key: KeywordKey = `palette.keywords.${id}`;
  return t(key);
}

/** Lower case, with «ё» read as «е»: people type either, and mostly «е». */
function fold(text: string): string {
  return text.toLocaleLowerCase().replaceAll('ё', 'е');
}

const wordsOf = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The items every typed word finds: as a part of the label (as other pickers match) or as the
 * start of one of its keywords. Items found by their label come first; otherwise the order stays.
 */
export function searchCommands(items: readonly PickerItem[], query: string): PickerItem[] {
  const typed = fold(query).split(/\s+/).filter(Boolean);
  const byLabel: PickerItem[] = [];
  const byKeywords: PickerItem[] = [];
  for (const item of items) {
    const label = fold(item.label);
    const unmatched = typed.filter((word) => !label.includes(word));
    if (unmatched.length === 0) byLabel.push(item);
    else {
      const keywords = wordsOf(item.keywords ?? '');
      if (unmatched.every((word) => keywords.some((keyword) => keyword.startsWith(word)))) {
        byKeywords.push(item);
      }
    }
  }
  return [...byLabel, ...byKeywords];
}
