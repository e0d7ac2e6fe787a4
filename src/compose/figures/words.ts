/** The few words a generated flowchart prints itself, per locale. */
export type FigureWords = {
  readonly start: string;
  readonly end: string;
  readonly yes: string;
  readonly no: string;
  /** Edge between a level and the next more severe one. */
  readonly escalate: string;
  /** Start of the escalation chart. */
  readonly levelsStart: string;
  readonly levelsTitle: string;
  readonly flowchartOf: (name: string) => string;
  readonly approvedBy: (who: string) => string;
  readonly reportTo: (who: string) => string;
  readonly respond: (within: string) => string;
  readonly approve: (who: string) => string;
  /** Joins the parts of a secondary line. */
  readonly dot: string;
  /** Marks a shortened text. */
  readonly ellipsis: string;
  readonly record: (form: string) => string;
  /** Separator of steps in generated alternative text. */
  readonly then: string;
  /** How a line in a box starts: English capitalises (“the officer” → “The officer”). */
  readonly line: (text: string) => string;
};

const ZH: FigureWords = {
  start: "开始",
  end: "结束",
  yes: "是",
  no: "否",
  escalate: "事态升级",
  levelsStart: "发现事件，研判定级",
  levelsTitle: "分级响应流程图",
  flowchartOf: (name) => `${name}流程图`,
  approvedBy: (who) => `经${who}批准`,
  reportTo: (who) => `报告：${who}`,
  respond: (within) => `响应：${within}`,
  approve: (who) => `审批：${who}`,
  dot: " · ",
  ellipsis: "……",
  record: (form) => `填写《${form}》`,
  then: "；",
  line: (text) => text,
};

const EN: FigureWords = {
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

export function figureWords(locale: string): FigureWords {
  return locale.startsWith("en") ? EN : ZH;
}
