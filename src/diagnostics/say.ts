import { escapeRegExp } from "../text/regexp.js";
import { placeWords, type Place } from "./place.js";
import { ZH } from "./words-zh.js";

/**
 * What a diagnostic says, as data: an English template with `%{name}`
 * placeholders and its values, so the message can be put in the reader's
 * language — the command line prints English, the page of `planwright serve`
 * the language it is shown in. Translations are a catalogue keyed by the
 * English template (`words-zh.ts`), as gettext keys by the source text;
 * `test/diagnostic-words.test.ts` finds every `say` template in the sources and
 * checks that the catalogue has it. A value may be a place in the data (named
 * as the document names it), another `Said` (a part said only sometimes) or
 * a list.
 */
export type Arg = string | number | Place | Said | { readonly list: readonly Arg[]; readonly or?: boolean };
export type Said = { readonly say: string; readonly args?: Readonly<Record<string, Arg>> };
export type UiLang = "en" | "zh";

export function say(template: string, args?: Readonly<Record<string, Arg>>): Said {
  return args ? { say: template, args } : { say: template };
}

/** Nothing (a part of a message left out). */
export const NOTHING: Said = { say: "" };

/** The text in `lang`: the catalogue's template when it has one (else the English), with the values filled in. */
export function sayIn(said: Said | string, lang: UiLang): string {
  if (typeof said === "string") return said;
  if (lang === "zh" && ZH[said.say] === undefined && said.args === undefined) return matched(said.say) ?? said.say;
  const template = lang === "zh" ? (ZH[said.say] ?? said.say) : said.say;
  return template.replace(/%\{(\w+)\}/g, (_m, name: string) => {
    const v = said.args?.[name];
    return v === undefined ? "" : argIn(v, lang);
  });
}

let patterns: Array<{ readonly re: RegExp; readonly names: readonly string[]; readonly zh: string }> | undefined;

/**
 * A message made elsewhere as finished English (a zod refinement that quotes the value, the
 * YAML parser): the catalogue template it is an instance of, filled in with its values.
 */
function matched(text: string): string | undefined {
  patterns ??= Object.entries(ZH)
    .filter(([en]) => en.includes("%{"))
    .map(([en, zh]) => {
      const names = [...en.matchAll(/%\{(\w+)\}/g)].map((m) => m[1] as string);
      const re = new RegExp(`^${en.split(/%\{\w+\}/).map(escapeRegExp).join("(.+?)")}$`, "s");
      return { re, names, zh, literal: en.replace(/%\{\w+\}/g, "").length };
    })
    // The most specific first; templates that are mostly values (`%{place}: %{problem}`) match nothing alone.
    .filter((p) => p.literal >= 8)
    .sort((a, b) => b.literal - a.literal);
  for (const p of patterns) {
    const m = p.re.exec(text);
    if (m) return p.zh.replace(/%\{(\w+)\}/g, (_x, name: string) => m[p.names.indexOf(name) + 1] ?? "");
  }
  return undefined;
}

function argIn(v: Arg, lang: UiLang): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if ("say" in v) return sayIn(v, lang);
  if ("list" in v) {
    const items = v.list.map((x) => argIn(x, lang));
    if (lang === "zh") return items.length > 1 && v.or ? `${items.slice(0, -1).join("、")}或${items[items.length - 1]}` : items.join("、");
    return items.length > 1 && v.or ? `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}` : items.join(", ");
  }
  return placeWords(v, lang);
}

export function list(items: readonly Arg[], or = false): Arg {
  return or ? { list: items, or } : { list: items };
}
