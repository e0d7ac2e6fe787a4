import type { Model } from "../../model/model.js";
import type { LocaleText } from "../../locale/types.js";
import { escapeMarkdown } from "../view/escape.js";
import { overlapLength } from "../../text/overlap.js";
import { escapeRegExp } from "../../text/regexp.js";

/**
 * Referring expressions: how an entity with a short form (a group's
 * `short_name`, an `abbr`) is named at each mention, decided once per document
 * in reading order.
 *
 * Running text names such an entity by a marker. Once the document is written,
 * the first marker that stands alone in running text introduces the short form
 * (省新闻发布工作专责小组（以下简称省专责小组） / Public Information Officer (PIO)),
 * and every later mention — a marker, or the full name typed in free text —
 * reads the short form. Before the introduction the full name is used: in a
 * compound (a post named with its group: 领导小组办公室主任), in a table cell and in
 * a heading, which always prints the full name. A short form that is not shorter
 * than its name is never introduced: the full name is used throughout.
 * Everything said in brackets right after the introduction goes into its
 * bracket (信息员（张伟、李娜，以下简称…）, Spokesperson (SP; Jordan Lee)).
 */

const OPEN = "\uE000";
const ONCE = /\uE002([^\uE003\n]*)\uE003([^\uE004\n]*)\uE004/gu;
const CLOSE = "\uE001";
const MARKER = /\uE000(\d+)(c?)\uE001/gu;

export type NamedEntity = {
  readonly id: string;
  readonly full: string;
  readonly short: string;
  /** A unit's or outside body's abbreviation (the key of a companion document lists bodies first). */
  readonly body: boolean;
};

/** What the naming of one organisation's documents needs, carried in the view (escaped as Markdown is). */
export type Naming = {
  /** Entities with a usable short form, by marker index. */
  readonly entities: ReadonlyArray<{ readonly full: string; readonly short: string; readonly body: boolean; /** Other ways free text names it (市发展和改革局 for 青峰市发展和改革局): read as the full name. */ readonly aliases?: readonly string[] }>;
  /** Other names (of entities, forms, the organisation) that may contain an entity's full name: a match inside them is not a mention. */
  readonly others: readonly string[];
};

/** A short form is worth introducing only when it is shorter than the name it stands for. */
export function usableShortForm(full: string, short: string | undefined): string | undefined {
  if (!short) return undefined;
  const s = short.trim();
  return s && s !== full && [...s].length < [...full].length ? s : undefined;
}

/** The entities with a usable short form, in a fixed order (their marker indexes). */
export function namedEntities(model: Model): NamedEntity[] {
  const out: NamedEntity[] = [];
  const add = (id: string, full: string, short: string | undefined, body = false) => {
    const s = usableShortForm(full, short);
    if (s) out.push({ id, full, short: s, body });
  };
  for (const g of model.data.groups) add(g.id, g.name, g.short_name);
  for (const r of model.data.roles) add(r.id, r.name, r.abbr);
  for (const u of model.data.units) add(u.id, u.name, u.abbr, true);
  for (const x of model.data.external) add(x.id, x.name, x.abbr, true);
  return out;
}

/** The naming facts of a model, for the view. */
export function namingOf(model: Model, entities: readonly NamedEntity[]): Naming {
  const fulls = new Set(entities.map((e) => e.full));
  const d = model.data;
  const names = [
    // Posts are not here: a post named with its group (领导小组办公室主任) reads the group's short form once it is introduced.
    ...d.groups.map((g) => g.name),
    ...d.units.map((u) => u.name),
    ...d.external.map((x) => x.name),
    ...d.forms.map((f) => f.title),
    ...d.procedures.map((p) => p.name),
    d.organisation.name,
  ];
  // Only names that contain some entity's full name (and are not it) can shadow a mention.
  const others = [...new Set(names)].filter((n) => !fulls.has(n) && [...fulls].some((f) => n.includes(f)));
  const taken = new Set([...names, ...entities.flatMap((e) => [e.full, e.short])]);
  return {
    entities: entities.map((e) => ({ full: escapeMarkdown(e.full), short: escapeMarkdown(e.short), body: e.body, aliases: placeAliases(e.full).filter((a) => !taken.has(a)).map(escapeMarkdown) })),
    others: others.map((n) => escapeMarkdown(n)),
  };
}

/**
 * Names free text gives a body with its place said shorter: 青峰市发展和改革局 typed
 * 市发展和改革局 (the place's level for its name, as a document of that place writes it).
 */
export function placeAliases(full: string): string[] {
  // A place's own name first (青峰, 秀川): not a level word itself (区县发展改革部门 names no place).
  const m = /^(?:(?![省市县区镇乡])\p{Script=Han}){1,6}?([省市县区镇乡])(\p{Script=Han}{3,})$/u.exec(full);
  return m ? [`${m[1]}${m[2]}`] : [];
}

/** The marker of a mention; `compound` when the name is part of a longer one (a post in a group), which never introduces the short form. */
export function mention(index: number, compound = false): string {
  return `${OPEN}${index}${compound ? "c" : ""}${CLOSE}`;
}

/** A compound mention from a plain one (the name used inside a longer name). */
export function asCompound(text: string): string {
  return text.replace(MARKER, (_, n: string) => mention(Number(n), true));
}

export function hasMentions(text: string): boolean {
  return text.includes(OPEN);
}

export type Wording = Pick<LocaleText, "abbreviationIntro" | "aside" | "article" | "namePrefix" | "inTitle">;

/** Text said only the first time its key comes up in a document (an aside about a post, whom a group reports to). */
export function onceSpan(key: string, text: string): string {
  return `\uE002${key.replace(/[\uE002-\uE004\n]/gu, "")}\uE003${text.replace(/[\uE002-\uE004]/gu, "")}\uE004`;
}

/** Keeps the first span of each key, in reading order, and drops the others. */
export function firstSpans(markdown: string): string {
  if (!markdown.includes("\uE002")) return markdown;
  const said = new Set<string>();
  return markdown.replace(ONCE, (_, key: string, text: string) => (said.has(key) ? "" : (said.add(key), text)));
}

/** Names every entity of a document's Markdown, in reading order. */
export function nameMentions(written: string, naming: Naming, t: Wording): string {
  const markdown = firstSpans(written);
  if (naming.entities.length === 0) return markdown.includes(OPEN) ? markdown.replace(MARKER, "") : markdown;
  const scanner = scannerOf(naming, t);
  const introduced = new Set<number>();
  return markdown
    .split("\n")
    .map((line) => {
      const heading = /^#{1,6}\s/.test(line);
      const cell = line.trimStart().startsWith("|");
      if (heading) return line.replace(MARKER, (_, n: string) => naming.entities[Number(n)]?.full ?? "");
      let out = "";
      let at = 0;
      let inQuote = 0;
      scanner.lastIndex = 0;
      for (let m = scanner.exec(line); m; m = scanner.exec(line)) {
        const text = m[0];
        out += line.slice(at, m.index);
        at = m.index + text.length;
        if (m.groups?.open) {
          inQuote++;
          out += text;
        } else if (m.groups?.close) {
          inQuote = Math.max(0, inQuote - 1);
          out += text;
        } else if (m.groups?.marker !== undefined) {
          const k = Number(m.groups.marker);
          const e = naming.entities[k];
          if (!e) continue;
          if (m.groups.compound) {
            // A name composed with what follows (a post in its group) does not say their overlap twice.
            const name = introduced.has(k) ? e.short : e.full;
            at += overlapLength(name, line.slice(at));
            scanner.lastIndex = at;
            out += name;
          } else if (introduced.has(k)) out += e.short;
          else if (cell || inQuote > 0) out += e.full;
          else {
            introduced.add(k);
            // Whatever the text says in brackets right after the name goes into the same bracket.
            const aside = t.aside.exec(line.slice(at));
            if (aside) scanner.lastIndex = at += aside[0].length;
            out += t.abbreviationIntro(e.full, e.short, aside?.[1]);
          }
        } else if (m.groups?.short !== undefined) {
          // A short form typed before the text introduced it (吴国强（市发改局局长）) is spelt out.
          const k = naming.entities.findIndex((e) => e.short === text);
          const e = naming.entities[k];
          // …unless what comes before already says the rest of the full name: 网络舆情应对工作领导小组 + 办公室主任 is 领导小组办公室主任 already.
          const prefix = e && e.full.length > text.length && e.full.endsWith(text) ? e.full.slice(0, e.full.length - text.length) : "";
          const said = prefix !== "" && out.endsWith(prefix);
          if (!e || cell || inQuote > 0) out += text;
          else if (!said) out += introduced.has(k) ? text : e.full;
          // …and once the short form is introduced, the full name so composed (领导小组 + 办公室主任) is said short: 办公室主任 — never cut out of a longer name.
          else if (introduced.has(k) && /(?:^|[、，。；：（(\s])$/u.test(out.slice(0, out.length - prefix.length))) out = out.slice(0, out.length - prefix.length) + text;
          else out += text;
        } else if (m.groups?.full !== undefined) {
          // A name typed in free text reads the short form once it is introduced (a table cell keeps what was typed).
          const k = fullIndex(naming, text);
          out += k !== undefined && introduced.has(k) && inQuote === 0 && !cell ? (naming.entities[k]?.short ?? text) : text;
        } else out += text; // another name that contains an entity's name: not a mention
      }
      return out + line.slice(at);
    })
    .join("\n");
}

function fullIndex(naming: Naming, text: string): number | undefined {
  const k = naming.entities.findIndex((e) => e.full === text || (e.aliases?.includes(text) ?? false));
  return k < 0 ? undefined : k;
}

/**
 * A name that starts with a Latin letter is not matched right after a letter or digit, and one that
 * ends with a Latin letter not right before one ("PIO" is not in "PIOs" or "APIO"). Said once around
 * each group of names rather than around each name: the assertions look at the first and last
 * character matched, so they hold for exactly the names they held for, tried in the same order —
 * and a pattern with a Unicode property class per name took milliseconds to compile, once per
 * organisation and document.
 */
const WORD_START = "(?:(?=[A-Za-z])(?<![\\p{L}\\p{N}])|(?![A-Za-z]))";
const WORD_END = "(?:(?<=[A-Za-z])(?![\\p{L}\\p{N}])|(?<![A-Za-z]))";

/**
 * One pattern for markers, titles and quotations (where names are not mentions), other names, then full names
 * and short forms. `uses`: find every use of a short form (a companion document's key lists them), inside a
 * title or a word too, rather than only those that stand alone.
 */
export function scannerOf(naming: Naming, t: Wording, uses = false): RegExp {
  const { article, namePrefix: prefix } = t;
  const longestFirst = (xs: readonly string[]) => [...new Set(xs)].filter(Boolean).sort((a, b) => b.length - a.length).map(escapeRegExp);
  const alternatives = [`(?<open>[《“])`, `(?<close>[》”])`, `${OPEN}(?<marker>\\d+)(?<compound>c?)${CLOSE}`];
  // At any position a longer name that contains an entity's name is tried first: the entity is not mentioned there.
  const others = longestFirst(naming.others);
  if (others.length > 0) alternatives.push(`${WORD_START}(?<other>${others.join("|")})${WORD_END}`);
  // In a language with articles, a typed name is a mention of the entity only after its article ("the PIO"), not inside a longer title.
  // Without articles, a name right after a place or body (镇领导小组办公室) is part of a longer name: not a mention.
  const lead = article ? `(?<=(?<![\\p{L}])${article} )` : prefix ? `(?<!${prefix})` : "";
  const fulls = longestFirst(naming.entities.flatMap((e) => [e.full, ...(e.aliases ?? [])]));
  if (fulls.length > 0) alternatives.push(`${lead}${WORD_START}(?<full>${fulls.join("|")})${WORD_END}`);
  // A short form standing alone (not inside a longer word) may be typed before its introduction.
  const shorts = longestFirst(naming.entities.filter((e) => [...e.short].length >= 2).map((e) => e.short));
  // An abbreviation that opens a title ("OEM Duty Officer") is part of the title.
  const before = uses ? (prefix ? `(?<!${prefix})` : "") : "(?<![\\p{L}\\p{N}])";
  const after = !uses && t.inTitle ? `(?!${t.inTitle})` : "";
  if (shorts.length > 0) alternatives.push(`${before}${WORD_START}(?<short>${shorts.join("|")})${WORD_END}${after}`);
  return new RegExp(alternatives.join("|"), "gu");
}

/** Outside a document (a flowchart's boxes, a plain value): the short form when there is one. */
export function plainNames(text: string, naming: Pick<Naming, "entities">): string {
  return text.includes(OPEN) ? text.replace(MARKER, (_, n: string) => naming.entities[Number(n)]?.short ?? "") : text;
}
