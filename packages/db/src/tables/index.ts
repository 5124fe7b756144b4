export * from "./cases";
export * from "./charges";
export * from "./entities";
export * from "./events";
export * from "./relationships";
export * from "./sources";
export * from "./users";
