import type { DataPath } from "../../load/parse-yaml.js";
import { LIMITS } from "../../load/limits.js";
import type { SectionT } from "../model.js";
import type { Rule } from "./rule.js";
import { say } from "../../diagnostics/say.js";
import { kindWord } from "../../diagnostics/kind-words.js";

/**
 * Bounds what the documents print once references are expanded, as YAML
 * bounds aliases: a section that names a procedure prints the whole
 * procedure, so a small file that names a large procedure thousands of times
 * would print millions of lines (it ran out of memory after minutes). The
 * estimate counts the characters of every entity each time it is printed
 * (plan sections, checklists, forms and their blank rows) and refuses the
 * data, at the place that multiplies most, before anything is composed.
 */
const ROW_CHARS = 40; // a blank form row takes about as much room as a line of text

function textSize(v: unknown): number {
  if (typeof v === "string") return v.length;
  if (Array.isArray(v)) return v.reduce((a: number, x) => a + textSize(x), 0);
  if (v && typeof v === "object") return Object.values(v).reduce((a: number, x) => a + textSize(x), 0);
  return 0;
}

type Use = { count: number; size: number; first: DataPath; what: string };

export const expandedSize: Rule = {
  id: "input/expanded-size",
  severity: "error",
  description: "The documents, with every reference expanded, stay within a sensible size.",
  check({ model, report }) {
    const sizes = new Map<string, number>();
    const sizeOf = (id: string): number => {
      let s = sizes.get(id);
      if (s === undefined) {
        const e = model.index.get(id);
        s = e ? textSize(e.entity) : 0;
        if (e?.kind === "level" && e.entity.procedure) s += sizeOf(e.entity.procedure);
        if (e?.kind === "group") s += (e.entity.members ?? []).reduce((a, m) => a + sizeOf(m), 0);
        if (e?.kind === "form") s += (e.entity.rows ?? 18) * ROW_CHARS;
        sizes.set(id, s);
      }
      return s;
    };
    const uses = new Map<string, Use>();
    let total = 0;
    const use = (id: string | undefined, path: DataPath, what: string) => {
      if (!id) return;
      const size = sizeOf(id);
      total += size;
      const u = uses.get(id);
      if (u) u.count++;
      else uses.set(id, { count: 1, size, first: path, what });
    };
    const data = model.data;
    const all = (key: "levels" | "channels" | "forms" | "procedures", path: DataPath, what: string) => {
      for (const e of data[key] as ReadonlyArray<{ id: string }>) use(e.id, path, what);
    };
    const sections = (list: readonly SectionT[] | undefined, base: DataPath) =>
      list?.forEach((s, i) => {
        const p = [...base, i];
        total += textSize([s.title, s.text, s.after]);
        use(s.procedure, [...p, "procedure"], "procedure");
        use(s.group, [...p, "group"], "group");
        use(s.role, [...p, "role"], "role");
        s.roles?.forEach((r, k) => use(r, [...p, "roles", k], "role"));
        use(s.category, [...p, "category"], "category");
        s.forms?.forEach((f, k) => use(f, [...p, "forms", k], "form"));
        if (s.levels) all("levels", [...p, "levels"], "level");
        if (s.channels) all("channels", [...p, "channels"], "channel");
        if (s.duty) total += textSize(data.duty);
        if (total <= LIMITS.maxExpandedChars * 4) sections(s.items, [...p, "items"]);
      });
    sections(data.plan.sections, ["plan", "sections"]);
    // Attachments print what they name (a form, a procedure's checklist or flowchart, the level table).
    (data.attachments ?? []).forEach((a, i) => {
      const p = ["attachments", i];
      total += textSize(a);
      use(a.form, [...p, "form"], "form");
      use(a.procedure, [...p, "procedure"], "procedure");
      use(a.level, [...p, "level"], "level");
      if (a.kind === "levels") all("levels", [...p, "kind"], "level");
    });
    // The other documents: checklists print every procedure and level, the forms document every form.
    all("procedures", ["procedures"], "procedure");
    all("levels", ["levels"], "level");
    all("forms", ["forms"], "form");
    if (total <= LIMITS.maxExpandedChars) return;
    const worst = [...uses.entries()].sort(([, a], [, b]) => b.count * b.size - a.count * a.size)[0];
    const fmt = (n: number) => n.toLocaleString("en-US");
    const limit = say("the limit is %{limit} (about 1,600 pages)", { limit: fmt(LIMITS.maxExpandedChars) });
    if (worst && worst[1].count > 1) {
      const [id, u] = worst;
      report(
        u.first,
        say("the documents would print about %{total} characters once references are expanded — %{what} `%{id}` (≈ %{size} characters) is printed %{count} times; %{limit}", {
          total: fmt(total),
          what: kindWord(u.what),
          id,
          size: fmt(u.size),
          count: fmt(u.count),
          limit,
        }),
        say("Name a large procedure (or level, form, group) once and refer to its section, instead of repeating it."),
      );
    } else {
      report(worst?.[1].first ?? ["plan"], say("the documents would print about %{total} characters; %{limit}", { total: fmt(total), limit }), say("Split the data into several organisations or shorten it."));
    }
  },
};
