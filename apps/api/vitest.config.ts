import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each test file starts its own server on its own database file.
    pool: "forks",
    // A low password-hashing cost for tests (the default is checked in auth-security.test.ts).
    setupFiles: ["./src/test-setup.ts"],
  },
});
