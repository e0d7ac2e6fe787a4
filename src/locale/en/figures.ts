import type { FigureWords } from "../types.js";

/** The words a generated flowchart prints itself. */
export const enFigures: FigureWords = {
  start: "Start",
  end: "End",
  yes: "Yes",
  no: "No",
  escalate: "Escalates",
  levelsStart: "Incident reported: assess the level",
  levelsTitle: "Escalation of response levels",
  flowchartOf: (name) => `${name} — Flowchart`,
  approvedBy: (who) => `Approved by ${who}`,
  reportTo: (who) => `Report to: ${who}`,
  respond: (within) => `Respond: ${within}`,
  approve: (who) => `Approval: ${who}`,
  dot: " · ",
  ellipsis: "…",
  record: (form) => `record in the ${form}`,
  then: "; ",
  line: (text) => text.charAt(0).toUpperCase() + text.slice(1),
};
