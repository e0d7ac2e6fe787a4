import type { ProseWords } from "../types.js";

/** What the prose lint looks for in English text. */
export const enProse: ProseWords = {
  sentenceEnd: /[.!?]["”’)]*(?=\s|$)/gu,
  // e.g. / i.e. / a.m. / St. / an initial (J. Smith) / an item's number (“2. ”, “IV. ”) do not end a sentence.
  notSentenceEnd: /(?:\b(?:e\.g|i\.e|etc|a\.m|p\.m|approx|incl|vs|cf|no|nos|st|dr|mr|mrs|ms|co|ltd|inc|jr|sr|fig|ref|ext|tel|dept|gov|govt)|(?:^|[\s(])\p{L}|^\s*(?:\d{1,3}|[IVXLC]{1,6}))$/iu,
  clauseSeparator: /;/u,
  doubledArticle: /\b(?:a|an|the)\s+(?:a|an|the)\b/giu,
  adjacentBrackets: /\)\s*\(/gu,
  emptyBrackets: /\(\s*\)/gu,
  shortDefinition: /\(([A-Z][A-Z0-9&]{1,9}s?)[;)]/gu,
  subjectSpan: "sentence",
  anaphora: /^(?:It|They)\s/u,
  // Verbs, not the nouns after an article ("within 2 hours of the alert", "the report").
  reportVerb: /(?<!\b(?:the|an?|its|their|this|that)\s)\b(?:report(?:s|ed)?|notif(?:y|ies|ied)|inform(?:s|ed)?|alert(?:s|ed)?)\b/iu,
  decideVerb: /\b(?:is|are) decided by\b/iu,
  recurring: /\b(?:a day|an hour|a week|every|daily|hourly|weekly|twice|times|around the clock)\b/iu,
  // Sentence planning carries no English opening condition over to the next clause (grammar.headCarries), so every one ends a run.
  caseCondition: /,\s*$/u,
  jointSubject: /^,?\s+(?:with|together with|jointly with|and|or)\b/u,
  openingCondition: /^(?:If|When|Once|After|Where|On|At|Before|During|While|Unless|As soon as)\b[^,;.]{1,160},\s*/u,
  subjectArticle: /^(?:the|The)\s+/u,
  thirdPersonRow: {
    condition: /^(?:(?:At|If|When|Once|On|Where|After|Before|During|Whenever|Unless|Until|Within|While)\b[^:]{0,200}:\s+|(?:Once|When|After) approved by [^,]{1,120},\s+)/u,
    verb: /^\p{Lu}?\p{Ll}+(?<![siu])s\b/u,
    notVerb: /^(?:News|Means|Series|Species|Always|Perhaps|Sometimes|Its|His|Hers|Whereas|Besides|Towards|Afterwards|Thanks|Headquarters|Yes|Politics|Statistics|Logistics|Communications|Operations|Relations|Affairs|Services|Works|Highways|Customs|Arms)\b/u,
  },
  lowercaseStart: /^(?!e\.g\.|i\.e\.|e-mail|iP|eB)\p{Ll}/u,
  danglingApproval: {
    opening: /^(?:Once|When|If|After|Upon|As soon as) approved by ([^,]{1,160}),\s*/u,
    determiner: /^(?:the|a|an|this|these|that|those|its|their|his|her|each|every|all|any|it|they|both|such|no|one|further)\b/iu,
  },
  levelKind: [[/\bresponse$/iu, "response"], [/\b(?:warning|alert)$/iu, "warning"]],
  levelVerb: {
    after: { response: /^\s+(?:response\s+)?(?:occurs|happens|is issued)\b/u, warning: /^\s+(?:warning\s+)?(?:occurs|happens|is activated)\b/u, event: /^\s+(?:is issued|is activated)\b/u },
  },
  adverbPlace: /\b(?:normally|usually|generally|always)\s+within\b/gu,
  itemConjunction: /\s+(?:and|or)$/u,
};
