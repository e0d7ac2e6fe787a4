import type { ProseRule } from "../rule.js";
import { adjacentBrackets } from "./adjacent-brackets.js";
import { adverbPlace } from "./adverb-place.js";
import { idiom } from "./idiom.js";
import { levelVerb } from "./level-verb.js";
import { repeatedSentence } from "./repeated.js";
import { restatesTable } from "./restates-table.js";
import { arabicDunhao } from "./arabic-dunhao.js";
import { attachmentNote } from "./attachment-note.js";
import { bodyHolder } from "./body-holder.js";
import { checklistPerson } from "./checklist-person.js";
import { danglingApproval } from "./dangling-approval.js";
import { doubledWord } from "./doubled-word.js";
import { formTwice } from "./form-twice.js";
import { listEndings } from "./list-endings.js";
import { lowercaseStart } from "./lowercase-start.js";
import { numberingLevel, numberingSequence } from "./numbering.js";
import { registerForm } from "./register-form.js";
import { runInSwallow } from "./run-in.js";
import { sameSubject } from "./same-subject.js";
import { shortNameEarly, shortNameLonger, shortNameUnused, thirdName } from "./short-names.js";
import { titleSeries } from "./title-series.js";
import { vagueDeadline } from "./vague-deadline.js";

/** Every rule of the prose lint, one class of defect each. */
export const PROSE_RULES: readonly ProseRule[] = [
  doubledWord,
  adjacentBrackets,
  shortNameLonger,
  shortNameEarly,
  shortNameUnused,
  thirdName,
  sameSubject,
  checklistPerson,
  lowercaseStart,
  danglingApproval,
  titleSeries,
  attachmentNote,
  arabicDunhao,
  listEndings,
  numberingLevel,
  numberingSequence,
  runInSwallow,
  bodyHolder,
  vagueDeadline,
  formTwice,
  registerForm,
  levelVerb,
  repeatedSentence,
  restatesTable,
  adverbPlace,
  idiom,
];
