import { LANGUAGES, translate } from '../i18n';
import type { Link } from '../model';

/** Canvas label type: 11.5 px; an average character of the UI font is about 0.56 em wide. */
const CHARACTER_WIDTH = 6.5;
/** The label's padding and border on both sides. */
const LABEL_CHROME = 18;

/**
 * About how wide a link's label is on the canvas, in canvas units, without measuring text (the
 * layout runs in Node too). A link without text of its own shows its kind's name, in the UI
 * language, so the longer of the two names counts.
 */
export function linkLabelWidth(link: Pick<Link, 'kind' | 'label'>): number {
  const characters =
    link.label.length > 0
      ? link.label.length
      : Math.max(
          ...LANGUAGES.map((language) => translate(language, `linkKind.${link.kind}`).length),
        );
  return characters * CHARACTER_WIDTH + LABEL_CHROME;
}
