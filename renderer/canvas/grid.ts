/** Canvas grid in canvas units: snapping, nudging and layout all use it. */
export const GRID_SIZE = 16;
