import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./src/tables/index.ts",
  out: "./migrations",
  casing: "snake_case",
});
