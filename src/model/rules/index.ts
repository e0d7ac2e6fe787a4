import { referencesExist } from "./references-exist.js";
import { rosterShifts } from "./roster-shifts.js";
import { textSlots } from "./text-slots.js";
import type { Rule } from "./rule.js";

/** Every cross-reference and consistency rule, in the order they run. */
export const RULES: readonly Rule[] = [referencesExist, rosterShifts, textSlots];

export { runRules, type Rule } from "./rule.js";
