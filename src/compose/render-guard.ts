import { LIMITS } from "../load/limits.js";

/**
 * Guards on a template while it runs. Every helper call is wrapped so that
 * (1) an error inside it carries the helper's line and column in the
 * template (Handlebars reports a failing helper at 1:1), and (2) the text its
 * blocks produce is counted: a template that would emit an unbounded document
 * (nested loops over long lists, a `{{#times}}` inside a `{{#times}}`) stops
 * with a message instead of running out of memory.
 */
type Loc = { start: { line: number; column: number } };
type BlockFn = ((context: unknown, options?: unknown) => string) & Record<string, unknown>;
type HelperOptions = { fn?: BlockFn; inverse?: BlockFn; loc?: Loc; name?: string };
type Helper = (this: unknown, ...args: unknown[]) => unknown;

/** Positioned like Handlebars' own errors, so one formatter reports both. */
export type LocatedError = Error & { lineNumber?: number; column?: number; planwrightFile?: string };

const fmt = (n: number) => n.toLocaleString("en-US");

export class OutputLimitError extends Error {
  constructor(what: "text" | "calls") {
    super(
      what === "text"
        ? `the document grows past ${fmt(LIMITS.maxTemplateOutput)} characters, the most a template may produce, in this loop`
        : `this loop runs more than ${fmt(LIMITS.maxTemplateCalls)} times in one document, far more than any document needs`,
    );
    this.name = "OutputLimitError";
  }
}

/**
 * Text produced inside blocks, counted once per enclosing block: nested blocks
 * count their text once per level, so the budget allows for nesting.
 */
const BUDGET = LIMITS.maxTemplateOutput * 8;
let spent = 0;
let calls = 0;

export function resetBudget(): void {
  spent = 0;
  calls = 0;
}

function spend(n: number): void {
  spent += n;
  if (spent > BUDGET) throw new OutputLimitError("text");
}

function counted(fn: BlockFn): BlockFn {
  const wrapped = ((context: unknown, options?: unknown) => {
    if (++calls > LIMITS.maxTemplateCalls) throw new OutputLimitError("calls");
    const s = fn(context, options);
    spend(typeof s === "string" ? s.length : 0);
    return s;
  }) as BlockFn;
  return Object.assign(wrapped, fn);
}

export function locate(e: unknown, loc: Loc | undefined): void {
  const err = e as LocatedError;
  if (!loc || !err || typeof err !== "object" || typeof err.lineNumber === "number") return;
  try {
    err.lineNumber = loc.start.line;
    err.column = loc.start.column;
  } catch {
    // a frozen error: reported without a position
  }
}

export function guardHelper(name: string, helper: Helper): Helper {
  return function (this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as HelperOptions | undefined;
    if (options && typeof options === "object") {
      if (typeof options.fn === "function") options.fn = counted(options.fn);
      if (typeof options.inverse === "function") options.inverse = counted(options.inverse);
    }
    try {
      return helper.apply(this, args);
    } catch (e) {
      if (e instanceof TypeError && !(e as LocatedError).lineNumber) e.message = `\`${name}\` failed: ${e.message}`;
      locate(e, options?.loc);
      throw e;
    }
  };
}

/** Counts a partial's output like a block's. */
export function countOutput(s: string): string {
  spend(s.length);
  return s;
}
