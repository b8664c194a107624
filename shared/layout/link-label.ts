import { LANGUAGES, translate } from '../i18n';
import type { Link } from '../model';

/** Canvas label type: 11.5 px text on a 16 px line, 8 px side padding and a 1 px border. */
export const LINK_LABEL_HEIGHT = 22;
/** The label's padding and border on both sides. */
const LABEL_CHROME = 18;
/**
 * Average advances at that size in the widest of the UI's fallback fonts (DejaVu Sans), as
 * measured: Cyrillic letters run wider than Latin ones. The estimate errs on the wide side, so a
 * label placed by it keeps clear of cards rather than touching them.
 */
const CYRILLIC_WIDTH = 7.2;
const OTHER_WIDTH = 6.3;

/** About how wide `text` is as a link label on the canvas, in canvas units (no text measuring). */
export function labelTextWidth(text: string): number {
  const cyrillic = text.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  return Math.ceil(
    cyrillic * CYRILLIC_WIDTH + (text.length - cyrillic) * OTHER_WIDTH + LABEL_CHROME,
  );
}

/**
 * About how wide a link's label is on the canvas, in canvas units, without measuring text (the
 * layout runs in Node too). A link without text of its own shows its kind's name, in the UI
 * language, so the longer of the two names counts.
 */
export function linkLabelWidth(link: Pick<Link, 'kind' | 'label'>): number {
  const texts =
    link.label.length > 0
      ? [link.label]
      : LANGUAGES.map((language) => translate(language, `linkKind.${link.kind}`));
  return Math.max(...texts.map(labelTextWidth));
}
