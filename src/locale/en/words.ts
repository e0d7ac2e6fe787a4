import type { ApprovalVerb } from "../../model/schema/entities.js";

/** The word lists the English grammar chooses by. */
export const enWords = {
  /** Verbs that take the recipient as their object: notify the PIO (of …). */
  DIRECT: /^(?:notif(?:y|ies|ied)|inform(?:s|ed)?|brief(?:s|ed)?|alert(?:s|ed)?|call(?:s|ed)?|phone(?:s|d)?|contact(?:s|ed)?|advis(?:e|es|ed)|updat(?:e|es|ed)|consult(?:s|ed)?|tell(?:s)?|warn(?:s|ed)?|email(?:s|ed)?|text(?:s|ed)?|ask(?:s|ed)?|invit(?:e|es|ed)|remind(?:s|ed)?|assist(?:s|ed)?|support(?:s|ed)?|meet(?:s)?|page(?:s|d)?|direct(?:s|ed)?|instruct(?:s|ed)?|convene(?:s|d)?|activat(?:e|es|ed)|mobiliz(?:e|es|ed)|mobilis(?:e|es|ed)|deploy(?:s|ed)?)\b/iu,
  /** Verbs whose recipient follows "with": liaise with the police. */
  WITH: /^(?:liais(?:e|es|ed)|coordinat(?:e|es|ed)|work(?:s|ed)?|consult(?:s|ed)? with|agree(?:s|d)?|cooperat(?:e|es|ed)|check(?:s|ed)? with)\b/iu,
  /** Words in an action that already say a vague deadline: the deadline is not added again. */
  SAYS: {
    immediately: /\b(?:immediately|at once|without delay)\b/iu,
    "first-moment": /\b(?:immediately|at once|without delay)\b/iu,
    promptly: /\bpromptly\b/iu,
    quickly: /\b(?:quickly|as soon as possible)\b/iu,
    "when-appropriate": /\b(?:when appropriate|at the right time|at an appropriate time)\b/iu,
    regularly: /\bregularly\b/iu,
  } as Readonly<Record<string, RegExp>>,
  /** What approvers do before a step goes ahead, by how many they are: "After the IC approves it, …". */
  APPROVE: {
    approve: ["approves it", "approve it"],
    finalise: ["approves the final wording", "approve the final wording"],
    review: ["has reviewed it", "have reviewed it"],
    sign: ["signs it off", "sign it off"],
    agree: ["agrees", "agree"],
  } as Readonly<Record<ApprovalVerb, readonly [string, string]>>,
};
