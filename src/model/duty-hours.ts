import type { DutyT } from "./model.js";

/**
 * Whether the duty shifts cover the whole day: the union of their spans
 * (a shift that ends at or before it starts runs past midnight) leaves no
 * minute of the 24 hours uncovered. Only then may a sheet say 24小时值班.
 */
export function roundTheClock(duty: Pick<DutyT, "shifts"> | undefined): boolean {
  const shifts = duty?.shifts ?? [];
  if (shifts.length === 0) return false;
  const covered = new Uint8Array(1440);
  for (const s of shifts) {
    const from = clockMinutes(s.from);
    const to = clockMinutes(s.to);
    const end = to <= from ? to + 1440 : to;
    for (let m = from; m < end; m++) covered[m % 1440] = 1;
  }
  return covered.every((c) => c === 1);
}

/** Minutes after midnight of a time of day (HH:MM, 00:00–23:59). */
export function clockMinutes(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return ((h ?? 0) * 60 + (m ?? 0)) % 1440;
}
