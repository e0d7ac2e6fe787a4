import { flowchartSteps, imageFiles } from "./attachment-figures.js";
import { contactsReachable } from "./contacts-reachable.js";
import { expandedSize } from "./expanded-size.js";
import { noCycles } from "./cycles.js";
import { fontCoverage } from "./font-coverage.js";
import { invisibleCharacters } from "./invisible-characters.js";
import { levelsConsistent, levelsOrdered } from "./levels-consistent.js";
import { organisationConsistent } from "./organisation-consistent.js";
import { grammarLint } from "./grammar-lint.js";
import { attachmentKinds } from "./attachment-kinds.js";
import { numberingStyles } from "./numbering-styles.js";
import { referencesExist } from "./references-exist.js";
import { rolesHeld } from "./roles-held.js";
import { rosterShifts } from "./roster-shifts.js";
import { sectionsHaveContent } from "./section-content.js";
import { procedureHasSteps, stepsHaveActor, stepsSaySomething } from "./steps-complete.js";
import { textSlots } from "./text-slots.js";
import { textRefs } from "./text-refs.js";
import { levelReportOnce, textRepeatsRule } from "./one-source.js";
import { themeFonts } from "./theme-fonts.js";
import type { Rule } from "./rule.js";

/** Every cross-reference and consistency rule, in the order they run. */
export const RULES: readonly Rule[] = [
  referencesExist,
  noCycles,
  rosterShifts,
  textSlots,
  textRefs,
  textRepeatsRule,
  levelReportOnce,
  rolesHeld,
  stepsSaySomething,
  stepsHaveActor,
  procedureHasSteps,
  contactsReachable,
  levelsOrdered,
  levelsConsistent,
  organisationConsistent,
  grammarLint,
  attachmentKinds,
  numberingStyles,
  sectionsHaveContent,
  expandedSize,
  themeFonts,
  fontCoverage,
  invisibleCharacters,
  imageFiles,
  flowchartSteps,
];

/** Rules that still make sense on data that failed the schema (see lenient.ts). */
export const LENIENT_RULES: readonly Rule[] = [referencesExist, noCycles, rosterShifts, invisibleCharacters];

export { runRules, type Rule } from "./rule.js";
