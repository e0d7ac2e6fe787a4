import type { DeadlineT, LevelT, Model } from "./model.js";

/**
 * A level's report — whom to report to and by when — stated once: on the
 * level (`report_to`, `respond_within`) or on the step it names as its report
 * (`report_step`), whose recipients and deadline it takes.
 */
export function levelReport(model: Model, l: LevelT): { readonly to: readonly string[]; readonly within?: DeadlineT } {
  const e = l.report_step ? model.index.get(l.report_step) : undefined;
  const step = e?.kind === "step" ? e.entity : undefined;
  const within = step?.deadline ?? l.respond_within;
  return { to: l.report_to ?? step?.to ?? [], ...(within ? { within } : {}) };
}
