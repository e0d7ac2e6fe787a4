import type { PlanData } from "../../model/schema/plan-file.js";
import type { DeadlineValue } from "../../model/schema/timing.js";
import type { SectionInput } from "../../model/schema/outline.js";
import { localeText } from "../../locale/index.js";

/**
 * How much of a plan's data an import recovered: for each measure, the items
 * of the source data that the document states (an item the document never
 * prints cannot be read back), and how many of those the draft holds.
 * Phones compare by their digits, names and titles as written, deadlines as
 * values (1h = 60 minutes; 立即 = immediately), counted as many times as the
 * document words them.
 */
export type Measure = { readonly stated: number; readonly found: number; readonly missed?: readonly string[] };
export type Recall = Readonly<Record<"phones" | "people" | "forms" | "levels" | "deadlines" | "sections", Measure>>;

/**
 * `labels` are the document's paragraphs (without their numbers) and table cells: a level is stated
 * where one of them opens with its name (a level only named inside a sentence — "At Red warning, …" —
 * is not stated).
 */
export function recall(source: PlanData, draft: PlanData, documentText: string, labels?: readonly string[]): Recall {
  const opens = labels?.map(squash);
  const text = squash(documentText);
  const digits = documentText.replace(/\D/g, "");
  const sourcePhones = [...source.people, ...source.external].flatMap((e) => Object.values(e.phones ?? {}).map((p) => String(p).replace(/\D/g, "")));
  const draftPhones = new Set([...draft.people, ...draft.external].flatMap((e) => Object.values(e.phones ?? {}).map((p) => String(p).replace(/\D/g, ""))));
  const draftPeople = new Set(draft.people.map((p) => squash(p.name)));
  const draftForms = new Set(draft.forms.map((f) => squash(f.title)));
  const draftLevels = draft.levels.map((l) => squash(l.name));
  const draftTitles = new Set(titles(draft));
  return {
    phones: measure(unique(sourcePhones).filter((p) => p.length >= 7 && digits.includes(p)), (p) => draftPhones.has(p)),
    people: measure(unique(source.people.map((p) => squash(p.name))).filter((n) => text.includes(n)), (n) => draftPeople.has(n)),
    forms: measure(unique(source.forms.map((f) => squash(f.title))).filter((t) => text.includes(t)), (t) => draftForms.has(t)),
    levels: measure(unique(source.levels.map((l) => squash(l.name))).filter((n) => (opens ? opens.some((o) => o.startsWith(n)) : text.includes(n))), (n) => draftLevels.some((d) => d === n || d.includes(n) || n.includes(d))),
    deadlines: deadlineRecall(source, draft, documentText),
    sections: measure(unique(titles(source)).filter((t) => text.includes(t)), (t) => draftTitles.has(t)),
  };
}

function measure(stated: readonly string[], found: (x: string) => boolean): Measure {
  const missed = stated.filter((x) => !found(x));
  return { stated: stated.length, found: stated.length - missed.length, ...(missed.length ? { missed } : {}) };
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/gu, "").normalize("NFC");
}

/** Every section title, and the name of each procedure a titleless section shows. */
function titles(d: PlanData): string[] {
  const out: string[] = [];
  const walk = (ss: readonly SectionInput[]): void => {
    for (const s of ss) {
      if (s.title) out.push(squash(s.title));
      else if (s.procedure && !s.untitled) {
        const p = d.procedures.find((x) => x.id === s.procedure);
        if (p) out.push(squash(p.name));
      }
      walk(s.items ?? []);
    }
  };
  walk(d.plan.sections);
  return out;
}

function deadlineKey(d: DeadlineValue | undefined): string | undefined {
  if (!d) return undefined;
  return d.kind === "vague" ? d.term : `${d.duration.minutes}min`;
}

function deadlines(d: PlanData): string[] {
  const steps = [...d.procedures.flatMap((p) => p.steps), ...d.levels.flatMap((l) => l.steps ?? [])];
  return [...steps.map((s) => deadlineKey(s.deadline)), ...d.levels.map((l) => deadlineKey(l.respond_within))].filter((k): k is string => k !== undefined);
}

/** The source's deadlines, each counted at most as often as the document words it; found as often as the draft holds it. */
function deadlineRecall(source: PlanData, draft: PlanData, documentText: string): Measure {
  const l = localeText(source.locale);
  const text = squash(documentText).toLowerCase();
  const have = new Map<string, number>();
  for (const k of deadlines(draft)) have.set(k, (have.get(k) ?? 0) + 1);
  const wanted = new Map<string, number>();
  for (const k of deadlines(source)) wanted.set(k, (wanted.get(k) ?? 0) + 1);
  let stated = 0;
  let found = 0;
  for (const [k, n] of wanted) {
    const value: DeadlineValue = k.endsWith("min") ? { kind: "within", duration: { minutes: Number(k.slice(0, -3)) } } : { kind: "vague", term: k as never };
    const word = squash(l.deadlineShort(value)).toLowerCase();
    const inText = occurrences(text, word);
    const s = Math.min(n, inText);
    stated += s;
    found += Math.min(s, have.get(k) ?? 0);
  }
  return { stated, found };
}

function occurrences(text: string, word: string): number {
  if (!word) return 0;
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}
