import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Every core (vitest leaves one idle by default: on 2 cores that is one worker). Files share their
    // worker's modules rather than loading them again (the examples' builds in test/helpers/build.ts are
    // then shared too): no test depends on a fresh module state.
    maxWorkers: availableParallelism(),
    isolate: false,
    // The same output on every machine: tests use the bundled fonts unless they ask for the
    // system's (test/typefaces.test.ts does, with fonts of its own).
    env: { PLANWRIGHT_SYSTEM_FONTS: "off" },
    // Temporary folders: the run gets one of its own (TMPDIR), and each test file's folders
    // (test/helpers/temp.ts) are removed when that file finishes.
    globalSetup: ["test/helpers/temp-root.ts"],
    setupFiles: ["test/helpers/temp-cleanup.ts"],
  },
});
