import type { Rule } from "./rule.js";

export const levelsOrdered: Rule = {
  id: "levels/order",
  severity: "error",
  description: "Response levels have distinct ranks and are listed in rank order (either direction).",
  check({ model, report }) {
    const levels = model.data.levels;
    const seen = new Map<number, string>();
    let duplicate = false;
    levels.forEach((l, i) => {
      const prev = seen.get(l.rank);
      if (prev !== undefined) {
        duplicate = true;
        report(["levels", i, "rank"], `rank ${l.rank} is also the rank of level \`${prev}\``, "Give each level its own rank (1 = most severe).");
      }
      seen.set(l.rank, l.id);
    });
    if (duplicate || levels.length < 3) return;
    const ranks = levels.map((l) => l.rank);
    const direction = Math.sign((ranks[1] as number) - (ranks[0] as number));
    const k = ranks.findIndex((r, j) => j > 0 && Math.sign(r - (ranks[j - 1] as number)) !== direction);
    if (k > 0) {
      report(["levels", k, "rank"], `levels are out of order: ranks ${ranks.join(", ")}`, "List the levels from most to least severe (or the reverse) without jumping back.");
    }
  },
};
