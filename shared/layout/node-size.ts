/**
 * Size of a function card on the canvas, in canvas units. The canvas measures real heights once
 * drawn; the report's diagram draws boxes of this size at the same positions, so a design
 * without overlaps on screen has none on paper.
 */
export const NODE_WIDTH = { compact: 220, detailed: 280 } as const;
/**
 * Used before a card has been measured (first layout, report of overlaps, a card added or opened
 * zoomed out, which draws as a block of this height until zoomed in). Never less than a card is
 * drawn with its default name, or cards placed clear of each other at this height run into each
 * other once drawn in full. A compact card is 73 px with its name on one line and 18 px more for
 * each further line (canvas.css, measured in Chromium); 116 px is four lines, the longest default
 * name ("Взращивание потенциальных клиентов (lead nurturing)").
 */
export const NODE_HEIGHT_ESTIMATE = { compact: 116, detailed: 168 } as const;
/** Space between neighbouring cards: room for a link's arrow and its label. */
export const CARD_GAP = 48;
/**
 * Space left between a card and one added to its right, where a link between them runs
 * sideways and its label lies along it: the widest link kind's name in either language (210
 * units, "Передача лидов или клиентов") with room on both sides, on the grid. A unit test holds it
 * to the link kinds' names.
 */
export const LABEL_GAP = 224;
