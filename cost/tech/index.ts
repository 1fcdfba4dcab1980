export { COMPONENTS, RECIPES, IHP_CELL, type ComponentId, type FunctionCell, type Recipe } from './recipes.js';
export type { TechComponent, TechTable } from './types.js';
export { deriveTechTable, normalizeToNand2, DEFAULT_OP, type DeriveOptions } from './derive.js';
export { loadTech, checkTechTable, BUILTIN_TECH, techDir } from './load.js';
