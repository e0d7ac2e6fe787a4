import type { PhonePlan } from "../text/phones.js";
import type { DeadlineT, FrequencyT } from "../model/model.js";
import type { ChangeEntity, ChangePart } from "../diff/change.js";
import type { Grammar } from "./grammar-types.js";

export type { Clause, Grammar, RoleParts, StepParts } from "./grammar-types.js";
import type { CheckPatterns } from "./check-patterns.js";

export type { CheckPatterns };

/** Everything that differs between languages when data becomes words. */
export type LocaleText = {
  readonly id: LocaleId;
  /** Folder of the built-in templates: zh-CN or en. */
  readonly templates: "zh-CN" | "en";
  /** BCP 47 language tag for document properties. */
  readonly lang: string;
  /** Documents follow the official layout (GB/T 9704: the character grid, 仿宋/黑体/楷体) rather than the plain theme. */
  readonly officialLayout: boolean;
  /** Duties print as a list when there are more than `count` or more than `chars` characters in all. */
  readonly dutiesAsList: { readonly count: number; readonly chars: number };
  /** Paper size when the data names none. */
  readonly paper: "a4" | "letter";
  /** After a form field's label: "：" / ":". */
  readonly colon: string;
  /** Between items of a run-on list: "，" / ", ". */
  readonly comma: string;
  /** An aside in brackets: （…） / (…). */
  paren(s: string): string;
  /**
   * A name with its short form, the first time: 省新闻发布工作专责小组（以下简称省专责小组） / Public Information Officer (PIO);
   * with what the text said in brackets right after the name in the same bracket: 信息员（张伟、李娜，以下简称…） / (SP; Jordan Lee).
   */
  abbreviationIntro(full: string, short: string, aside?: string): string;
  /** The key of short forms under a companion document's lead: 简称说明：…（以下简称…）。 / Abbreviations: … (IMT). */
  abbreviationKey(entries: readonly string[]): string;
  /** A bracketed aside at the start of Markdown text (its content in group 1): （张伟、李娜） / " \\(Jordan Lee\\)". */
  readonly aside: RegExp;
  /** Characters that, right before a name, make it part of a longer one (镇 + 领导小组办公室), as a pattern; "" when the article decides. */
  readonly namePrefix: string;
  /** What follows an abbreviation that opens a longer title (" Duty Officer"), as a pattern; "" when nothing tells. */
  readonly inTitle: string;
  /** The definite article before a name, as a pattern ("[Tt]he"), or "" for a language without one. */
  readonly article: string;
  /** How running text names a form: 《…》 / the … . */
  formTitle(title: string): string;
  /** A form named again in the same article: 上述登记表; undefined where the language names it again. */
  formAgain(title: string): string | undefined;
  /** How running text cites a law, regulation or plan by its title: 《…》 / … */
  citeTitle(title: string): string;
  /**
   * Styles a list may be numbered in, in order of preference: a list takes the first of them that
   * is the next level after its section's number (1. under （一）, （1） under 1., a. under an outline's 1.).
   */
  readonly listStyles: readonly string[];
  /** Numbering of a procedure's steps and a category's items when the data gives none (and no numbered section holds them). */
  readonly stepNumbering: string;
  readonly itemNumbering: string;
  /** How sentences are built from rule parts. */
  readonly grammar: Grammar;
  /** How a paragraph about a group names it after its opening sentence: "it" (English), or "" to name it again (领导小组负责…). */
  readonly groupAgain: string;
  /** Holders of a post who were just named for the post before: 上述人员 / the same officers. */
  readonly sameHolders: string;
  /** Which consecutive clauses of one actor share a subject: any (Chinese: 每天……，每周……), or only short ones without commas (English: "A and B"). */
  readonly aggregation: "any" | "simple";
  /** A number in running text: 1万 / 10,000. */
  number(n: number): string;
  /** A criterion with a number: 转发量超过1万次 / more than 10,000 reposts. */
  condition(c: { readonly measure: string; readonly comparator: "over" | "at_least" | "under" | "at_most"; readonly value: string; readonly unit: string; readonly duration: boolean }): string;
  /** Before a list of criteria: 符合下列情形之一： / Any of the following: */
  criteriaIntro(mode: "any" | "all"): string;
  /** The catch-all level: 除重大舆情以外的其他舆情 / any incident not covered by Phase II or Phase III. */
  otherwise(higher: readonly string[], of: string): string;
  /** Patterns of the grammar lint: an action that opens with a condition; a duty that opens with the verb the sentence supplies. */
  readonly lint: { readonly condition: RegExp; readonly dutyVerb: RegExp };
  /** Word lists and patterns of the prose lint (`lint/`): what it looks for in the documents' text. */
  readonly prose: ProseWords;
  /** What the plan checker looks for in text. */
  readonly checks: CheckPatterns;
  /** Durations and daily counts stated in free text (for the lint that asks text to refer to rule values). */
  mentions(text: string): ReadonlyArray<{ readonly text: string; readonly minutes?: number; readonly perDay?: number }>;
  /** A position in a group: 领导小组组长 / Chair, Crisis Team. */
  postIn(group: string, position: string): string;
  /** The head of a unit: 宣传部负责人 / the head of the Press Office. */
  headOf(unit: string): string;
  /** Heading of a level-table column: 分级标准 / Criteria; `scale` names the scale for the first column. */
  levelColumn(key: string, scale: string): string;
  /** Default title of an attachment of a kind: 响应级别表 / Contact directory. */
  attachmentTitle(kind: string, arg: string): string;
  /** How often something recurs: 每年 / 每两年 / annually / every two years. */
  interval(i: { readonly n: number; readonly unit: "year" | "month" | "week" | "day" }): string;
  /** A month or a day: 2026年10月 / October 2026. */
  month(isoMonthOrDate: string): string;
  /** The mark of the nth attachment: 附件1 / Appendix A. */
  attachmentLabel(n: number): string;
  /** What a scale grades when the data does not say: 事件 / incident. */
  readonly incident: string;
  /** Heading of a scale's stage: 预警发布 / Activation. */
  stage(stage: string): string;
  /** Words whose spelling differs between variants of a language, for templates: `{{words.organisations}}`. */
  readonly words: Readonly<Record<string, string>>;
  /** Words a generated flowchart prints. */
  readonly figures: FigureWords;
  /** Between a label and what follows it in running text: 标题：… / Title: … */
  readonly labelSep: string;
  /** Between a number and its text: "" after 一、 or （1）, a space after 1. in English. */
  numberGap(kind: "item" | "decimal"): string;
  /** How a plan refers to itself, from its title: 本办法 / this plan. */
  selfName(title: string): string;
  /** Whether a titled section that holds no items is a heading of its own or runs into its text. */
  sectionDisplay(level: number, opensWithText: boolean): "heading" | "runIn";
  /** A number as a citation part (三、 → 三, (a) → a) and how parts join (三（二） / IV.A). */
  citePart(number: string): string;
  citeJoin(parent: string, part: string): string;
  /** Heading of a checklist: 快速报告检查单 / 一级响应检查单 / Level 1: response checklist. */
  checklistTitle(kind: "procedure" | "level", name: string): string;
  /** Numbering of a level's conditions, and what separates them on one line. */
  readonly conditionNumbering: string;
  readonly conditionSeparator: string;
  /** The line printed at the top of every page of checklists, contact sheets and forms. */
  runningHeader(org: string, version: string, effective: string): string;
  /** Wording of `diff` and the change notice (修订说明). */
  readonly changes: ChangeWording;
  readonly notice: NoticeWording;
  /** Full phrase for running text: 在1小时内 / within 1 hour. */
  deadline(d: DeadlineT): string;
  /** Short form for a checklist cell: 1小时内 / 1 h. */
  deadlineShort(d: DeadlineT): string;
  frequency(f: FrequencyT): string;
  /** How long a measure lasts, for a checklist's frequency column: 持续14天 / for 14 days. */
  lasting(minutes: number): string;
  frequencyShort(f: FrequencyT): string;
  date(iso: string): string;
  /** "A、B和C" / "A, B and C". */
  list(items: readonly string[]): string;
  /** Items in a series without a conjunction: "A、B、C" / "A, B, C". */
  enumerate(items: readonly string[]): string;
  /** Names of fields or other labels that may contain commas: "A、B" / "A; B". */
  labels(items: readonly string[]): string;
  /** A duration alone: 14天 / 14 days. */
  duration(minutes: number, named?: string): string;
  /** Times of day: 09:00、16:00 / 09:00 and 16:00. */
  times(at: readonly string[]): string;
  /** What a plan of this kind is about, for document titles: 舆情应对 / 疫情防控 … */
  subject(kind: string): string;
  /** How running text refers to an entity: English adds "the" except for people. */
  refer(name: string, kind: string): string;
  /** Alternatives: "A、B或C" / "A, B or C". */
  either(items: readonly string[]): string;
  /** Recipients of a report: "A、B及C" / "A, B and C". */
  recipients(items: readonly string[]): string;
  /** Several actors acting together: "A会同B、C" / "A with B and C". */
  actors(items: readonly string[]): string;
  /** Separator of items in a run-on sentence: "；" / "; ". */
  clauseSeparator: string;
  /** Sentence end: "。" / ".". */
  fullStop: string;
  /** Numbering style used at each depth when the data gives none. */
  defaultNumbering(depth: number): string;
  /** Heading level (2..6) for a numbering style at a depth. */
  headingLevel(style: string, depth: number): number;
  /** Label of an ordinal check: 第2次 / Check 2. */
  checkLabel(n: number): string;
  phoneLabel(kind: string): string;
  /** The country of the locale's phone numbers: calling code and trunk prefix (86, 0 / 44, 0 / 1, none). */
  readonly phonePlan: PhonePlan;
  /** Row label of a round-the-clock check when there are no shifts. */
  allDay: string;
  checkChannel(name: string): string;
};

export type LocaleId = "zh-CN" | "en-GB" | "en-US";

/**
 * What the prose lint needs to know about a language. A rule whose pattern a
 * locale leaves out does not run for it (English has no 书名号, Chinese no articles).
 */
export type ProseWords = {
  /** A sentence ends after this (with any closing quote or bracket that follows); global. */
  readonly sentenceEnd: RegExp;
  /** Text before a full stop that does not end a sentence there (e.g., i.e., a.m., an initial). */
  readonly notSentenceEnd?: RegExp;
  /** Separates clauses inside a sentence: ； / ; */
  readonly clauseSeparator: RegExp;
  /** A word of two to four characters written twice (适时适时); `allowed` are doublings the language uses (一级一级). */
  readonly doubledWord?: { readonly pattern: RegExp; readonly allowed: RegExp };
  /** An article doubled: “a the”, “the the”. */
  readonly doubledArticle?: RegExp;
  /** Two bracketed asides side by side: ）（ / ) ( */
  readonly adjacentBrackets: RegExp;
  /** A bracket with nothing in it: （） / () */
  readonly emptyBrackets: RegExp;
  /** A short name defined in the text itself; group 1 is the short name. */
  readonly shortDefinition?: RegExp;
  /** A word before a name that makes it a common noun, not the entity (各办公室: every office). */
  readonly quantifier?: RegExp;
  /** Characters that, put before a short name, make a third name of it (镇 + 办公室). */
  readonly thirdNamePrefix?: RegExp;
  /** Where the same subject twice reads as repetition: in the clauses of one sentence (Chinese joins them with ；), or in consecutive sentences too. */
  readonly subjectSpan?: "clause" | "sentence";
  /** A sentence whose subject is its paragraph's name, said by a pronoun (It / They) or left out (由…任副组长): the same words in two paragraphs say different things. */
  readonly anaphora?: RegExp;
  /** A condition opening a clause, up to its comma (发现舆情后， / If …, ): the clause's subject comes after it. */
  /** Verbs that make a report or decide (a paragraph beside a level table that says them again restates it). */
  readonly reportVerb?: RegExp;
  readonly decideVerb?: RegExp;
  /** Words that make a report recurring (twice a day, 每天): not the one report a level table states. */
  readonly recurring?: RegExp;
  /** An opening condition that states a case (拟发布三级预警的，), or one sentence planning does not carry over (grammar.headCarries): the clauses after it are outside it, so its subject may be named again. */
  readonly caseCondition?: RegExp;
  /** What follows a subject that acts with others (“, with”, 会同): a joint subject is not the same as the first alone. */
  readonly jointSubject?: RegExp;
  readonly openingCondition?: RegExp;
  /** What may stand before a name that opens a clause (“The ”). */
  readonly subjectArticle?: RegExp;
  /** A checklist row in the third person: a verb ending in -s opening it, after an optional condition (“At Level 1: watches…”). */
  readonly thirdPersonRow?: { readonly condition: RegExp; readonly verb: RegExp; readonly notVerb: RegExp };
  /** A sentence that starts in lower case. */
  readonly lowercaseStart?: RegExp;
  /** “Once approved by X, Y …”: the approval dangles when a name or a verb, not a determiner, follows the comma. */
  readonly danglingApproval?: { readonly opening: RegExp; readonly determiner: RegExp };
  /** A 顿号 between titles in 书名号 or quotations: 》、《 / ”、“ */
  readonly titleSeries?: RegExp;
  /** The attachment note (附件：…) and a title mark in it. */
  readonly attachmentNote?: { readonly label: RegExp; readonly titleMark: RegExp };
  /** An Arabic numeral numbering an item with a 顿号: 1、 */
  readonly arabicDunhao?: RegExp;
  /** A conjunction left at the end of a list item (“; and”), ignored when comparing endings. */
  readonly itemConjunction?: RegExp;
  /** An item that is a clause (…的) and so needs closing punctuation. */
  readonly clauseItem?: RegExp;
  /** A label opening an item (重大舆情。/ 重大舆情：); group 2 is its punctuation. */
  readonly itemLabel?: RegExp;
  /** 由X担任 / 由X任…: the holder of a post (group 1); what ends a body's name and a person's. */
  readonly holder?: { readonly pattern: RegExp; readonly body: RegExp; readonly person: RegExp };
  /**
   * Vague deadline words that say the same thing (适时, 选择合适的时机): two of a group in one
   * sentence (the same word twice only within one comma clause), unless `parallel` stands between them.
   */
  readonly vagueDeadline?: { readonly groups: ReadonlyArray<readonly string[]>; readonly parallel: RegExp };
  /** A form named by its title in running text (《…》); group 1 is the title. */
  readonly formMention?: RegExp;
  /** 登记《…登记表》, 登记入《…》. */
  readonly registerForm?: RegExp;
  /**
   * The verb follows what a level grades (an event 发生, a warning 发布, a response 启动 / occurs,
   * is issued, is activated): by the kind of scale, a wrong verb right before a level's name, or right after it.
   */
  readonly levelVerb?: { readonly before?: Readonly<Record<string, RegExp>>; readonly after?: Readonly<Record<string, RegExp>> };
  /** What a level's name says it grades: 一级响应 a response, 红色预警 a warning. */
  readonly levelKind?: ReadonlyArray<readonly [RegExp, string]>;
  /** An adverb out of its place: “responds to X normally within 2 hours”, 适时根据…. */
  readonly adverbPlace?: RegExp;
  /** Wording of another variant of the language (“agrees the time” in US English). */
  readonly idioms?: ReadonlyArray<{ readonly pattern: RegExp; readonly say: string }>;
};

/** The few words a generated flowchart prints itself, per locale. */
export type FigureWords = {
  readonly start: string;
  readonly end: string;
  readonly yes: string;
  readonly no: string;
  /** Edge between a level and the next more severe one. */
  readonly escalate: string;
  /** Start of the escalation chart. */
  readonly levelsStart: string;
  readonly levelsTitle: string;
  readonly flowchartOf: (name: string) => string;
  readonly approvedBy: (who: string) => string;
  readonly reportTo: (who: string) => string;
  readonly respond: (within: string) => string;
  readonly approve: (who: string) => string;
  /** Joins the parts of a secondary line. */
  readonly dot: string;
  /** Marks a shortened text. */
  readonly ellipsis: string;
  readonly record: (form: string) => string;
  /** Separator of steps in generated alternative text. */
  readonly then: string;
  /** How a line in a box starts: English capitalises (“the officer” → “The officer”). */
  readonly line: (text: string) => string;
};



export type { DeadlineT, FrequencyT };

/** The wording of changes in one language. */
export type ChangeWording = {
  /** Between a roster entry's day and its shift: " " / ", ". */
  readonly qualifierSep: string;
  readonly entity: Readonly<Record<ChangeEntity, string>>;
  /** Field labels; `kind.field` (entity or part type) overrides `field`. */
  readonly fields: Readonly<Record<string, string>>;
  readonly terms: Readonly<Record<string, string>>;
  readonly none: string;
  readonly yes: string;
  readonly no: string;
  /** A name that already says what kind of entity it is needs no tag. */
  readonly tagged: RegExp;
  quote(s: string): string;
  /** A parenthetical after a value: （…） / (…). */
  aside(s: string): string;
  /** The subject of a line; `tag` marks entities whose name alone may be unclear. */
  subject(name: string, noun: string, tag?: string): string;
  /** A part in a "changed" line: 第2步 / step 2. */
  partRef(p: ChangePart): string;
  /** A part that was added or removed: 第3步 / step 3. */
  partNoun(p: ChangePart): string;
  at(subject: string, partRef: string): string;
  entityAdded(noun: string, name: string, detail?: string): string;
  entityRemoved(noun: string, name: string, detail?: string): string;
  changed(subject: string, label: string, before: string, after: string): string;
  added(subject: string, what: string, label: string): string;
  /** Text that still states the old value of a changed rule. */
  stale(subject: string, field: string, text: string, rule: string): string;
  removed(subject: string, what: string, label: string): string;
};


/** Facts of a change notice, already escaped for Markdown. */
export type NoticeFacts = { title: string; from: string; to: string; date: string };

/** The fixed wording of a change notice (修订说明); every argument is already escaped. */
export type NoticeWording = {
  title(f: NoticeFacts): string;
  meta(f: NoticeFacts): string;
  intro(f: NoticeFacts): string;
  unchanged: string;
  /** What `diff` prints when nothing changed. */
  noChanges: string;
  summary(text: string): string;
  section(entity: ChangeEntity, n: number): string;
  /** Between a paragraph's number and its text. */
  gap: string;
};

