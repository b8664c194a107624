/** The canvas uses the one grid of shared/layout (auto-layout and the report use it too). */
export { GRID_SIZE } from '../../shared/layout/grid';
