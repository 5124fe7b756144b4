export * from "./cases.js";
export * from "./charges.js";
export * from "./entities.js";
export * from "./events.js";
export * from "./relationships.js";
export * from "./sources.js";
export * from "./users.js";
