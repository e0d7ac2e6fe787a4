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
  /** A condition opening a clause, up to its comma (发现舆情后， / If …, ): the clause's subject comes after it. */
  /** Verbs that make a report or decide (a paragraph beside a level table that says them again restates it). */
  readonly reportVerb?: RegExp;
  readonly decideVerb?: RegExp;
  /** An opening condition that states a case (拟发布三级预警的，): the clauses after it are outside it, so its subject may be named again. */
  readonly caseCondition?: RegExp;
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
