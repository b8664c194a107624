/**
 * Size of a function card on the canvas, in canvas units. The canvas measures real heights once
 * drawn; the report's diagram draws boxes of this size at the same positions, so a design
 * without overlaps on screen has none on paper.
 */
export const NODE_WIDTH = { compact: 220, detailed: 280 } as const;
/** Used before a card has been measured (first layout, report of overlaps). */
export const NODE_HEIGHT_ESTIMATE = { compact: 64, detailed: 168 } as const;
/** Space between neighbouring cards: room for a link's arrow and its label. */
export const CARD_GAP = 48;
