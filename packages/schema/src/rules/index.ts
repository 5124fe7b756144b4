/**
 * Domain rules the API and the dashboard both apply, kept once: the fields of each kind of
 * entity, what a merge does to the survivor, and the defaults of a fact. Pure TypeScript: no
 * database, no React.
 */
export * from "./entity-kinds";
export * from "./fact-defaults";
export * from "./merge-plan";
