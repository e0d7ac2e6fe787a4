import { afterAll, expect } from "vitest";
import { removeTempDirs } from "./temp.js";

// A setup file (vitest.config.ts): it runs before each test file, also with `--no-isolate`,
// so this hook is registered on every file. Registered before the file's own hooks, it runs
// after them (sequence.hooks "stack", vitest's default): the file has closed its servers and
// watchers and awaited its child processes by then.
const file = expect.getState().testPath;
if (file) afterAll(() => removeTempDirs(file));
