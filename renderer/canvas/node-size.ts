/** Card widths on the canvas; heights come from React Flow's measurement once drawn. */
export const NODE_WIDTH = { compact: 220, detailed: 280 } as const;
/** Used before a card has been measured (first layout, report of overlaps). */
export const NODE_HEIGHT_ESTIMATE = { compact: 64, detailed: 168 } as const;
