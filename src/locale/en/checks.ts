import type { CheckPatterns } from "../check-patterns.js";

/** What the plan checker looks for in English text. */
export const enChecks: CheckPatterns = {
  roundTheClock: /\b(?:24[- ]hours?|round[- ]the[- ]clock|24\/7)\b(?:[\w\s-]{0,20}?)\b(?:duty|monitoring|cover|watch|rota|staffed)/iu,
  onIssue: /\b(?:comes?|came|enters?) into (?:force|effect) (?:on|upon|from) (?:its )?(?:issue|publication|signature)|\btakes? effect (?:on|upon|from) (?:its )?(?:issue|publication)/iu,
  formCitation: /\b((?:[A-Z][\w/-]*\s){1,6}(?:Form|Log|Slip|Sheet|Pad))\b/gu,
  approvalForm: /\bapprov|\bsign-?off\b|\bauthori[sz]/iu,
  approvalAct: /\bapprov|\bsigns? (?:off|the)\b|\bauthori[sz]/iu,
  recipientBefore: /\b(?:to|notif(?:y|ies)|alerts?|informs?|briefs?|calls?|phones?)\s+(?:the\s+)?$/iu,
  reportVerb: /\b(?:report|notif|alert|inform|tell|brief|escalat)/iu,
};
