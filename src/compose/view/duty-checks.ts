import { clockMinutes } from "../../model/duty-hours.js";
import { levelProcedures } from "../../model/level-actions.js";
import type { FrequencyT } from "../../model/model.js";
import { formatNumber } from "../../text/numerals.js";
import type { ViewContext } from "./context.js";
import { procedureView, type StepView } from "./procedures.js";

/**
 * The daily duty checklist as grids: each routine check once, with a column
 * per check — a time of day (09:00), an ordinal check when the data gives no
 * times (第一次), or a shift for round-the-clock duty — and a box where the
 * check is due. Checks of different kinds (timed checks, shift duty) go in
 * separate grids, so a column never mixes 第一次 with 白班.
 *
 * Only routine checks belong here: a step with a condition (`when`), one whose
 * frequency applies during a heightened period (`during: 特殊时期`), and steps
 * that apply only at a level (its own steps, its procedure, a scale's stages)
 * are on their own checklists.
 */

type SlotKind = "time" | "ordinal" | "shift";
type Slot = { readonly kind: SlotKind; readonly key: string; readonly label: string; readonly time: string; readonly order: number };
type Check = { readonly text: string; readonly who: string; readonly slots: readonly Slot[] };

export type DutyGridView = {
  /** Relative column widths for the table: check, one per column, findings, initials. */
  widths: string;
  columns: Array<{ label: string; time: string }>;
  rows: Array<{ number: string; text: string; who: string; cells: Array<{ due: boolean }> }>;
};

/** The checks a per-day (or per-shift) frequency asks for: at its times, else counted. */
function timedSlots(ctx: ViewContext, f: FrequencyT | undefined): Slot[] {
  if (f?.kind !== "times" || (f.per !== "day" && f.per !== "shift")) return [];
  if (f.at.length === f.times) return f.at.map((at) => ({ kind: "time", key: at, label: "", time: at, order: clockMinutes(at) }));
  return Array.from({ length: f.times }, (_, k) => ({ kind: "ordinal", key: String(k + 1), label: ctx.t.checkLabel(k + 1), time: "", order: k }));
}

function routine(s: StepView, heightened: ReadonlySet<string>, during: string | undefined): boolean {
  return s.checklist && s.atLevels.length === 0 && !s.when && !(during && heightened.has(during));
}

function dutyChecks(ctx: ViewContext): Check[] {
  const d = ctx.model.data;
  const levelScoped = levelProcedures(ctx.model);
  const heightened = new Set(d.duty?.heightened ?? []);
  const shifts = d.duty?.shifts ?? [];
  const checks: Check[] = [];
  // Round-the-clock watch: a check in every shift.
  const perShift: Slot[] =
    shifts.length > 0
      ? shifts.map((sh, i) => ({ kind: "shift", key: sh.id, label: sh.name, time: `${sh.from}–${sh.to}`, order: i }))
      : [{ kind: "shift", key: "", label: ctx.t.allDay, time: "", order: 0 }];
  for (const p of d.procedures) {
    if (levelScoped.has(p.id)) continue;
    procedureView(ctx, p).steps.forEach((s, k) => {
      const f = p.steps[k]?.frequency;
      if (!routine(s, heightened, f?.during)) return;
      const timed = timedSlots(ctx, f);
      if (timed.length > 0) checks.push({ text: s.short, who: s.who, slots: timed });
      else if (s.continuous) checks.push({ text: s.short, who: s.who, slots: perShift });
    });
  }
  for (const c of d.channels) {
    const slots = c.check?.kind === "continuous" ? perShift : timedSlots(ctx, c.check);
    if (slots.length > 0) checks.push({ text: ctx.t.checkChannel(c.name), who: "", slots });
  }
  return checks;
}

/** The daily duty checklist: one grid per kind of check column, each a list of its own (numbered from 1). */
export function dutyGrids(ctx: ViewContext): DutyGridView[] {
  const checks = dutyChecks(ctx);
  const grids: DutyGridView[] = [];
  for (const kind of ["time", "ordinal", "shift"] as const) {
    const mine = checks.filter((c) => c.slots[0]?.kind === kind);
    if (mine.length === 0) continue;
    const columns = new Map<string, Slot>();
    for (const c of mine) for (const s of c.slots) if (!columns.has(s.key)) columns.set(s.key, s);
    const cols = [...columns.values()].sort((a, b) => a.order - b.order);
    grids.push({
      widths: ["45", ...cols.map(() => "13"), "25", "12"].join(" "),
      columns: cols.map((s) => ({ label: s.label, time: s.time })),
      rows: mine.map((c, i) => ({
        number: formatNumber(ctx.t.stepNumbering, i + 1),
        text: c.text,
        who: c.who,
        cells: cols.map((col) => ({ due: c.slots.some((s) => s.key === col.key) })),
      })),
    });
  }
  return grids;
}
