import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // The same output on every machine: tests use the bundled fonts unless they ask for the
    // system's (test/typefaces.test.ts does, with fonts of its own).
    env: { PLANWRIGHT_SYSTEM_FONTS: "off" },
  },
});
