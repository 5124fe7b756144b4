/** Structured JSON logs (pino). Every request's lines carry its request id. */
import { pino } from "pino";
import type { Config } from "../config.js";

export type Logger = pino.Logger;

export function createLogger(config: Pick<Config, "NODE_ENV" | "CASEFILE_LOG_LEVEL">): Logger {
  const level = config.CASEFILE_LOG_LEVEL ?? (config.NODE_ENV === "test" ? "error" : "info");
  return pino({ level, base: { service: "casefile-api" } }, pino.destination(2));
}
