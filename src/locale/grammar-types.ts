import type { ApprovalVerb } from "../model/schema/entities.js";

/** How a language builds sentences from rule parts (each locale's `grammar.ts` implements it). */

/** The parts of a step, already worded: names, deadline and frequency phrases, the form's title as text cites it. */
export type StepParts = {
  readonly when: string;
  readonly approval: string;
  /** How many approve (the verb agrees with them). */
  readonly approvers: number;
  /** What they do before the step goes ahead. */
  readonly approvalVerb: ApprovalVerb;
  readonly actor: string;
  /** The deadline phrase without 一般 / normally (see `usually`). */
  readonly deadline: string;
  /** The deadline is the normal case: 一般 / normally. */
  readonly usually: boolean;
  /** The vague term of the deadline (when-appropriate …), or "" for a duration: an action that says it already is not told again. */
  readonly vague: string;
  readonly frequency: string;
  readonly to: string;
  readonly action: string;
  readonly record: string;
  /** The form was named earlier in the same article: refer back to it (上述登记表) rather than name it again. */
  readonly recordNamed?: boolean;
};

/** A clause before sentence planning: what opens it (a condition, an approval), who acts, and the rest. */
export type Clause = {
  readonly head: string;
  readonly subject: string;
  readonly predicate: string;
};

/**
 * How a language builds sentences from rule parts. Every function returns a
 * clause without its final full stop unless it says otherwise; `sentence`
 * adds it (and capitalises, in English).
 */
export type Grammar = {
  /** A step: 经领导小组批准后，宣传部适时向X报告，并填写《…》 / After the IC approves it, the PIO notifies … */
  step(p: StepParts): string;
  /** A step as a clause for sentence planning. */
  stepClause(p: StepParts): Clause;
  /** A clause as text. */
  realise(c: Clause): string;
  /** Clauses with one subject, the first possibly with a head, said as one: 价格监测科每天……，每周…… / The IC convenes … and briefs …. */
  run(clauses: readonly Clause[]): string;
  /** The same, as one clause (the first clause's head and subject, the predicates joined). */
  runClause(clauses: readonly Clause[]): Clause;
  /** A clause as text inside a sentence (English does not capitalise it). */
  phrase(c: Clause): string;
  /** A paragraph of runs, as sentences: one sentence joined by ；in Chinese, a sentence each in English. */
  prose(runs: readonly string[]): string[];
  /** A clause whose subject was just named but could not join its run: how the language says the subject again ("they publish …"), or the clause as it is. */
  again(c: Clause): Clause;
  /** A level follows a procedure: 按照重大舆情处置程序执行 / The Escalation procedure applies. */
  procedureApplies(name: string): string;
  /** Whether clauses joined after a clause with this head fall under it too: a time (发现…后) does; a case (拟发布…的) does not. */
  headCarries(head: string): boolean;
  /** A head that opens with the subject just named, without it (部门负责人审核通过后 → 审核通过后), where the language allows. */
  elide(head: string, subject: string): string;
  /** A step without its actor, for a checklist row: the action itself (English in the imperative, Chinese without a modal such as 要). */
  stepShort(p: StepParts): string;
  /** Rows of a level's checklist made from its own rules, without their owner: 向X报告 / Report to X. */
  readonly row: {
    report(p: { readonly to: string; readonly via: string }): string;
    notify(who: string): string;
    activate(group: string): string;
    /** The response decided (approve_by without release_by). */
    decide(): string;
    /** Statements approved before release. */
    approve(): string;
    release(): string;
  };
  /** Duties as one clause: 办公室负责A；B / The Office is responsible for a; b; and c. Empty when there are none. */
  duties(subject: string, duties: readonly string[]): string;
  /** Lead-in to duties printed as a list: 办公室的主要职责： / The Office is responsible for: */
  dutiesIntro(subject: string): string;
  /** A clause as a sentence: tidied, closed with a full stop (capitalised in English). */
  sentence(clause: string): string;
  /** An item of a list: closed with ；/。 in Chinese, capitalised in English. */
  listItem(text: string, last: boolean): string;
  /** A list item run into a sentence after a colon (“Any of the following: (a) the EOC …”): English starts it in lower case unless it opens with a name. */
  runInItem(item: string): string;
  /** Removes stray punctuation where optional parts met. */
  tidy(text: string): string;
  /** “When the level applies”, at the head of its own sentences: 发生重大舆情时 / "" (English names the level in the paragraph's lead). */
  atLevel(label: string, kind: string): string;
  /** When one of these levels applies, inside a sentence; the verb follows what is graded: 发生重大舆情时, 发布蓝色预警时, 启动一级响应时 / at Phase II or Phase III. */
  whenLevels(levels: ReadonlyArray<{ readonly label: string; readonly kind: string }>): string;
  /**
   * A level's rules as clauses, so that sentence planning can give clauses of
   * one subject one sentence ("The HPT is notified and may take over the
   * release if necessary"); a clause with no subject of its own (同时通报X) has
   * subject "".
   */
  report(p: { readonly actor?: string; readonly deadline: string; readonly to: string; readonly via: string }): Clause;
  /** `many`: more than one is told (the verb agrees). */
  notify(who: string, many: boolean): Clause;
  activate(groups: string, when: string, many: boolean): Clause;
  /** Who may take over the release of statements: 必要时，X可直接发布 / X may take over the release if necessary. */
  override(who: string): Clause;
  /** Who releases statements and who approves them; `within` and `approveWithin` are deadline phrases (在5小时内 / within 5 hours) or "". */
  release(p: { readonly by: string; readonly approve: string; readonly approvers: number; readonly within?: string; readonly approveWithin?: string }): string;
  /** Who decides the response; `within` a deadline phrase or "". */
  decide(who: string, within?: string): string;
  /** A group's members as one sentence: 由王建国（党委书记）任组长，……；县委网信办为成员单位 / (English lists them in its template). */
  members(list: ReadonlyArray<{ readonly who: string; readonly position: string; readonly bodies: boolean; readonly fromText: boolean }>): string;
  /** Who holds a post: people 担任 it; bodies take it on (承担). */
  holders(role: string, holders: string, bodies: boolean, fromText?: boolean): string;
  concurrently(role: string, by: string): string;
  delegation(role: string, chain: readonly string[]): string;
  reportsTo(to: string): string;
  /** A role as sentences: who holds it (or how it is filled), its duties unless listed, whom it reports to, training, who stands in. */
  role(p: RoleParts): string[];
};

export type RoleParts = {
  readonly subject: string;
  readonly name: string;
  readonly holders: string;
  /** The holders are bodies (units, outside bodies), not people. */
  readonly holdersAreBodies: boolean;
  /** The holders are described in words (holders_text), not named: the language may tell a body from its words. */
  readonly holdersFromText: boolean;
  readonly appointment: string;
  readonly heldBy: string;
  /** Duties to state in the sentence (empty when they are printed as a list). */
  readonly duties: readonly string[];
  readonly reportsTo: string;
  readonly training: string;
  readonly trainingFrequency: string;
  readonly delegation: readonly string[];
};

