// Compiles src/ to dist/ (ES modules, one file per module) with esbuild: type checking is tsc's
// job in `npm test` (tsc --noEmit over src and test), so the build only strips types — under a
// second instead of ten. dist/ is emptied first, so no module deleted from src lives on in it.
import { rmSync } from "node:fs";
import { build } from "esbuild";
import fg from "fast-glob";

rmSync("dist", { recursive: true, force: true });
const entryPoints = await fg("src/**/*.ts", { ignore: ["**/*.d.ts"] });
await build({ entryPoints: entryPoints.sort(), outdir: "dist", outbase: "src", format: "esm", platform: "node", target: "node20", bundle: false, logLevel: "warning" });
