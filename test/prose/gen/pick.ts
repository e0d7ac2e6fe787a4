/** Picking from pools by the numbers a spec holds. */

export function at<T>(list: readonly T[], n: number): T {
  if (list.length === 0) throw new Error("pick from an empty list");
  return list[n % list.length] as T;
}

/** Distinct items of `list` for the numbers `picks` (a collision takes the next free one; none left, the pick is dropped). */
export function distinct<T>(list: readonly T[], picks: readonly number[]): T[] {
  const used = new Set<number>();
  const out: T[] = [];
  for (const p of picks) {
    for (let k = 0; k < list.length; k++) {
      const i = (p + k) % list.length;
      if (used.has(i)) continue;
      used.add(i);
      out.push(list[i] as T);
      break;
    }
  }
  return out;
}

/** Distinct values for the numbers, keeping order. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** The item for `n`, or the next one not yet in `used` (when all are used, the item for `n`); marks it used. */
export function fresh<T>(list: readonly T[], n: number, used: Set<number>): T {
  if (list.length === 0) throw new Error("pick from an empty list");
  for (let k = 0; k < list.length; k++) {
    const i = (n + k) % list.length;
    if (!used.has(i)) {
      used.add(i);
      return list[i] as T;
    }
  }
  return at(list, n);
}

/** Like `fresh`, but undefined once every item is used (a pick that is dropped). */
export function freshOrNone<T>(list: readonly T[], n: number, used: Set<number>): T | undefined {
  return used.size >= list.length ? undefined : fresh(list, n, used);
}
