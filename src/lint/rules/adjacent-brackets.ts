import { patternRule } from "../rule.js";

/** Two asides in brackets side by side: 孙立新（党政办主任）（以下简称…）; a bracket with nothing in it: （）. */
export const adjacentBrackets = patternRule({
  id: "prose/adjacent-brackets",
  description: "Everything said in brackets about one name goes into one bracket (no ）（), and no bracket is empty.",
  patterns: (w) => [
    { pattern: w.adjacentBrackets, say: () => ({ message: "two bracketed asides side by side", hint: "Join them in one bracket, separated by a comma or semicolon (（党政办主任，以下简称…）)." }) },
    { pattern: w.emptyBrackets, say: () => ({ message: "an empty bracket", hint: "An optional part was empty: leave its brackets out too." }) },
  ],
});
