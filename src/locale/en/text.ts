import { enChecks } from "./checks.js";
import type { DeadlineT, FrequencyT, LocaleText } from "../types.js";
import { enProse } from "./prose.js";
import { enChanges, enNotice } from "./changes.js";
import { enGrammar } from "./grammar.js";
import { enFigures } from "./figures.js";
import { formatNumber } from "../../text/numerals.js";

const VAGUE: Record<string, string> = {
  immediately: "immediately",
  "first-moment": "without delay",
  promptly: "promptly",
  quickly: "quickly",
  "when-appropriate": "when appropriate",
  regularly: "regularly",
};

function duration(minutes: number, named?: string): string {
  if (named === "half-day") return "half a day";
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  // 24 hours reads as hours (“more than 24 hours”); whole days from two on.
  if (minutes % 1440 === 0 && minutes >= 2880) {
    const d = minutes / 1440;
    return `${d} day${d === 1 ? "" : "s"}`;
  }
  const h = minutes / 60;
  const hs = Number.isInteger(h) ? String(h) : h.toFixed(1);
  return `${hs} hour${h === 1 ? "" : "s"}`;
}

function short(minutes: number, named?: string): string {
  if (named === "half-day") return "½ day";
  if (minutes < 60) return `${minutes} min`;
  if (minutes % 1440 === 0) return `${minutes / 1440} d`;
  const h = minutes / 60;
  return `${Number.isInteger(h) ? h : h.toFixed(1)} h`;
}

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

const PER: Record<string, string> = { day: "a day", week: "a week", month: "a month", year: "a year", shift: "a shift" };
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** British English (also what `locale: en` means). */
export const enGB: LocaleText = {
  id: "en-GB",
  templates: "en",
  lang: "en-GB",
  paper: "a4",
  officialLayout: false,
  dutiesAsList: { count: 4, chars: 220 },
  colon: ":",
  comma: ", ",
  paren: (s) => ` (${s.replace(/\s*\(([^()]*)\)/gu, ", $1")})`,
  abbreviationIntro: (full, short, aside) => `${full} (${short}${aside ? `; ${aside}` : ""})`,
  // Asides come from the view escaped for Markdown: \( … \).
  namePrefix: "",
  inTitle: "[ -]\\p{Lu}",
  article: "[Tt]he",
  abbreviationKey: (entries) => `Abbreviations: ${entries.join("; ")}.`,
  aside: /^ \\\(([^\n]{1,80}?)\\\)/u,
  formTitle: (title) => `the ${title}`,
  formAgain: () => undefined,
  citeTitle: (title) => title,
  stepNumbering: "1.",
  itemNumbering: "1.",
  listStyles: ["A.", "1.", "a.", "(1)"],
  groupAgain: "it",
  sameHolders: "the same officers",
  aggregation: "simple",
  grammar: enGrammar,
  checks: enChecks,
  figures: enFigures,
  labelSep: ": ",
  numberGap: () => " ",
  selfName: () => "this plan",
  sectionDisplay: (level, opensWithText) => (level <= 3 || !opensWithText ? "heading" : "runIn"),
  citePart: (number) => number.replace(/[.)]$/u, "").replace(/^\(/u, ""),
  citeJoin: (parent, part) => `${parent}.${part}`,
  checklistTitle: (kind, name) => `${name}${kind === "level" ? ": response" : ""} checklist`,
  conditionNumbering: "(a)",
  conditionSeparator: "; ",
  words: { organisation: "organisation", organisations: "organisations", Organisation: "Organisation", Organisations: "Organisations", email: "e-mail", centre: "centre", authorised: "authorised" },
  number(n) {
    const [int, frac] = String(n).split(".") as [string, string | undefined];
    return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac ? `.${frac}` : ""}`;
  },
  condition(c) {
    if (c.duration) {
      const word = { over: "more than", at_least: "at least", under: "less than", at_most: "at most" }[c.comparator];
      return `${c.measure} ${word} ${c.value}`;
    }
    const noun = [c.unit, c.measure].filter(Boolean).join(" ");
    switch (c.comparator) {
      case "over":
        return `more than ${c.value} ${noun}`;
      case "at_least":
        return `${c.value} or more ${noun}`;
      case "under":
        return `fewer than ${c.value} ${noun}`;
      case "at_most":
        return `at most ${c.value} ${noun}`;
    }
  },
  criteriaIntro: (mode) => (mode === "all" ? "All of the following:" : "Any of the following:"),
  otherwise: (higher, of) => (higher.length > 0 ? `any ${of} not covered by ${enGB.list(higher)}` : `any other ${of}`),
  incident: "incident",
  prose: enProse,
  lint: {
    condition: /^(?:when|if|once|after|whenever|as soon as|where|in the event)\b/iu,
    dutyVerb: /^(?:is )?responsible for\b/iu,
  },
  mentions(text) {
    const words: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, "twenty-four": 24, half: 0.5 };
    const num = (s: string) => (/^\d/.test(s) ? Number(s) : words[s.toLowerCase()]);
    const out: Array<{ text: string; minutes?: number; perDay?: number }> = [];
    for (const m of text.matchAll(/\b(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-four|half)[\s-]*(minutes?|mins?|hours?|hrs?|h|days?|weeks?)\b/giu)) {
      const n = num(m[1] as string);
      const u = (m[2] as string).toLowerCase();
      const unit = u.startsWith("min") ? 1 : u.startsWith("h") ? 60 : u.startsWith("d") ? 1440 : 10080;
      if (n !== undefined) out.push({ text: m[0], minutes: n * unit });
    }
    for (const m of text.matchAll(/\b(once|twice|\d+ times|three times|four times)\s+(?:a|per)\s+day\b/giu)) {
      const w = (m[1] as string).toLowerCase();
      out.push({ text: m[0], perDay: w === "once" ? 1 : w === "twice" ? 2 : w.startsWith("three") ? 3 : w.startsWith("four") ? 4 : Number.parseInt(w, 10) });
    }
    return out;
  },
  postIn: (group, position) => (position.includes(group) ? position : `${position}, ${group}`),
  headOf: (unit) => `the head of the ${unit}`,
  levelColumn(key, scale) {
    const words: Record<string, string> = {
      name: scale || "Level", criteria: "Criteria", examples: "Examples", maps_to: "Corresponds to", "report.to": "Report to", "report.within": "Report within",
      "report.via": "Report by", notify: "Notify", "release.by": "Statements released by", "release.approve": "Approved by", "release.override": "May take over",
      activates: "Activates", steps: "Actions",
    };
    return words[key] ?? key;
  },
  attachmentTitle(kind, arg) {
    return ({ levels: arg || "Response levels", contacts: "Contact directory", checklist: arg, distribution: "Distribution record", revisions: "Revision record" } as Record<string, string>)[kind] ?? arg;
  },
  interval(i) {
    const unit = i.unit;
    if (i.n === 1) return { year: "annually", month: "monthly", week: "weekly", day: "daily" }[unit];
    const words = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    return `every ${words[i.n] ?? i.n} ${unit}s`;
  },
  month(iso) {
    const [y, m, d] = iso.split("-").map(Number);
    return d ? this.date(iso) : `${MONTHS[(m ?? 1) - 1]} ${y}`;
  },
  attachmentLabel: (n) => `Appendix ${formatNumber("A", n)}`,
  stage: (stage) => ({ issue: "Issuing a warning", act: "Action on a warning", adjust: "Adjusting a warning", lift: "Lifting a warning", activate: "Activation", operate: "Operations", deactivate: "Deactivation", recover: "Recovery" })[stage] ?? stage,
  runningHeader: (org, version, effective) => `${org} — version ${version}, effective ${effective}`,
  changes: enChanges,
  notice: enNotice,
  deadline(d: DeadlineT) {
    // Where the deadline is a phrase on its own (a slot, a level's report), "normally" cannot stand before the
    // verb: the phrase carries "as a rule" after it. A step's own sentence puts "normally" before its verb.
    const usually = d.usually ? " as a rule" : "";
    if (d.kind === "vague") return `${VAGUE[d.term]}${d.from ? ` after ${d.from}` : ""}${usually}`;
    return `within ${duration(d.duration.minutes, d.duration.named)}${d.from ? ` of ${d.from}` : ""}${usually}`;
  },
  deadlineShort(d: DeadlineT) {
    if (d.kind === "vague") return VAGUE[d.term] as string;
    return short(d.duration.minutes, d.duration.named);
  },
  frequency(f: FrequencyT) {
    const during = f.during ? ` ${f.during}` : "";
    switch (f.kind) {
      case "continuous":
        return `around the clock${during}`;
      case "regularly":
        return `regularly${during}`;
      case "per-incident":
        return `after every incident${during}`;
      case "interval":
        return `every ${duration(f.minutes).replace(/^1 (\w+?)s?$/u, "$1")}${during}`;
      case "times": {
        const count = f.times === 1 ? "once" : f.times === 2 ? "twice" : `${WORDS[f.times] ?? f.times} times`;
        const base = f.times === 1 && !f.atLeast && f.per === "day" ? "daily" : `${f.atLeast ? "at least " : ""}${count} ${PER[f.per]}`;
        return `${base}${during}`;
      }
    }
  },
  lasting: (minutes) => `for ${enGB.duration(minutes)}`,
  frequencyShort(f: FrequencyT) {
    return enGB.frequency({ ...f, during: undefined } as FrequencyT);
  },
  date(iso: string) {
    const [y, m, d] = iso.split("-").map(Number);
    return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
  },
  list(items) {
    if (items.length <= 1) return items[0] ?? "";
    return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
  },
  duration,
  times: (at) => enGB.list(at),
  subject: (kind) => ({ "public-opinion": "public-opinion response", epidemic: "epidemic response", "crisis-comms": "crisis communication" })[kind] ?? "emergency response",
  enumerate: (items) => items.join(", "),
  labels: (items) => items.join("; "),
  refer: (name, kind) => (kind === "person" || /^the /i.test(name) ? name : `the ${name}`),
  either(items) {
    if (items.length <= 1) return items[0] ?? "";
    return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
  },
  recipients(items) {
    return enGB.list(items);
  },
  actors(items) {
    if (items.length <= 1) return items[0] ?? "";
    return `${items[0]}, with ${enGB.list(items.slice(1))},`;
  },
  clauseSeparator: "; ",
  fullStop: ".",
  defaultNumbering(depth) {
    return depth === 1 ? "1." : "1.1";
  },
  headingLevel(_style, depth) {
    return Math.min(depth + 1, 6);
  },
  checkLabel(n) {
    return `Check ${n}`;
  },
  allDay: "All day",
  checkChannel(name) {
    return `Check ${name} and log the findings`;
  },
  phonePlan: { country: "44", trunk: "0" },
  phoneLabel(kind) {
    return ({ mobile: "mobile", office: "office", duty: "duty", home: "home", fax: "fax" } as Record<string, string>)[kind] ?? kind;
  },
};
