export { readFormGrid } from './read'
export { GRID_LIMITS } from './sheet'
export type { Grid, GridCell, GridReading, GridValue, ReadFormGridOptions } from './types'
