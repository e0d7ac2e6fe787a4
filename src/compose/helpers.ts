import { formatNumber } from "../text/numerals.js";

/**
 * The only helpers templates may use (templates are compiled with
 * knownHelpersOnly, so anything else is a compile error with a position).
 * Helpers receive view values, which are already Markdown-escaped.
 */
import { onceSpan } from "./sentences/naming.js";

type Options = { hash?: Record<string, unknown> };

export const HELPERS = {
  /** `{{#if (eq a b)}}` */
  eq: (a: unknown, b: unknown) => a === b,
  ne: (a: unknown, b: unknown) => a !== b,
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  not: (a: unknown) => !a,
  gt: (a: unknown, b: unknown) => Number(a) > Number(b),
  /** Heading marker for a level: `{{hx 3}}` → `###`. */
  hx: (level: unknown) => "#".repeat(Math.max(1, Math.min(6, Number(level) || 2))),
  /** `{{join list "、"}}` */
  join: (list: unknown, sep: unknown) => (Array.isArray(list) ? list.map(String).join(typeof sep === "string" ? sep : "、") : ""),
  /** The number of the item at `index` in a numbering style: `{{num ../list @index}}` → （1） / 1. / a. */
  num: (style: unknown, index: unknown) => formatNumber(String(style), Number(index) + 1),
  /** `{{add @index 1}}` */
  add: (a: unknown, b: unknown) => Number(a) + Number(b),
  /** Number of items in a list. */
  count: (list: unknown) => (Array.isArray(list) ? list.length : 0),
  /** `{{#if (nonempty list)}}` */
  nonempty: (list: unknown) => Array.isArray(list) && list.length > 0,
  /** Capitalises the first letter: `{{cap x}}`, or `{{#cap}}…{{/cap}}` around a phrase. */
  cap(this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as { fn?: (ctx: unknown) => string };
    const text = typeof options?.fn === "function" ? options.fn(this) : String(args[0] ?? "");
    return text.replace(/^(\s*)(\p{Ll})/u, (_m, ws: string, c: string) => ws + c.toUpperCase());
  },
  /**
   * Says something only the first time in a document, in reading order: `{{#once "holders" id}} (…){{/once}}`.
   * The arguments make the key; later blocks with the same key print nothing (resolved with the names, after the template).
   */
  once(this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as { fn: (ctx: unknown) => string };
    const key = args.slice(0, -1).map(String).join("\u0001");
    return onceSpan(key, options.fn(this));
  },
  /** Repeats a block n times: `{{#times 3}}…{{/times}}` (with @index). */
  times(this: unknown, n: unknown, options: { fn: (ctx: unknown, o?: unknown) => string }) {
    let out = "";
    const k = Math.min(Number(n) || 0, 500);
    for (let i = 0; i < k; i++) out += options.fn(this, { data: { index: i, first: i === 0, last: i === k - 1 } });
    return out;
  },
} satisfies Record<string, (...args: never[]) => unknown>;

export type { Options };
