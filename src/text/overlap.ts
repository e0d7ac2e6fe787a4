/**
 * Joins a name and what follows it without saying the overlap twice: a post
 * composed with its group's name reads 疫情防控办公室主任, not
 * 疫情防控办公室办公室主任; 专班 + 专班组长 reads 专班组长. Only overlaps of two
 * characters or more count (领导小组 + 组长 stays 领导小组组长).
 */
export function overlapLength(head: string, tail: string): number {
  const a = [...head];
  const b = [...tail];
  for (let k = Math.min(a.length, b.length); k >= 2; k--) {
    if (a.slice(a.length - k).join("") === b.slice(0, k).join("")) return k;
  }
  return 0;
}

export function joinOverlapping(head: string, tail: string): string {
  const k = overlapLength(head, tail);
  return k === 0 ? `${head}${tail}` : `${head}${[...tail].slice(k).join("")}`;
}
