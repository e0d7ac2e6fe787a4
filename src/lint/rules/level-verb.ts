import { isRunningText } from "../passages.js";
import type { ProseRule } from "../rule.js";

/** The verb follows what is graded: an event 发生, a warning 发布, a response 启动 (occurs, is issued, is activated). */
export const levelVerb: ProseRule = {
  id: "prose/level-verb",
  description: "The verb follows what a level grades: an event occurs (发生), a warning is issued (发布), a response is activated (启动).",
  check({ docs, words, facts, report }) {
    const v = words.levelVerb;
    if (!v || facts.levels.length === 0) return;
    for (const doc of docs)
      for (const p of doc.passages) {
        if (!isRunningText(p) && p.kind !== "cell") continue;
        for (const level of facts.levels) {
          if (!level.kind || [...level.name].length < 2) continue;
          const before = v.before?.[level.kind];
          const after = v.after?.[level.kind];
          const { name } = level;
          for (let i = p.text.indexOf(name); i >= 0; i = p.text.indexOf(name, i + 1)) {
            const b = before?.exec(p.text.slice(Math.max(0, i - 8), i));
            const a = after?.exec(p.text.slice(i + name.length, i + name.length + 40));
            if (!b && !a) continue;
            const start = b ? i - b[0].length : i;
            const end = a ? i + name.length + a[0].length : i + name.length;
            report({ passage: p, start, end, message: `“${p.text.slice(start, end).trim()}”: a ${level.kind} level takes another verb`, hint: "An event 发生 (occurs), a warning is 发布 / 解除 (issued, lifted), a response is 启动 / 终止 (activated, stood down)." });
          }
        }
      }
  },
};
