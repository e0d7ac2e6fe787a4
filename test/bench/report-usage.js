// Preloaded into a benchmarked process (node --import): on exit, writes its own
// CPU time, peak RSS and wall time to the file named by PLANWRIGHT_USAGE.
import { writeFileSync } from "node:fs";

const file = process.env.PLANWRIGHT_USAGE;
if (file) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMiB: u.maxRSS / 1024, wallMs: performance.now() }));
  });
}
