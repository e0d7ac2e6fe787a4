import { joinOverlapping } from "../../text/overlap.js";
import type { FigureWords } from "../types.js";

/** The words a generated flowchart prints itself. */
export const zhFigures: FigureWords = {
  start: "开始",
  end: "结束",
  yes: "是",
  no: "否",
  escalate: "事态升级",
  levelsStart: "发现事件，研判定级",
  levelsTitle: "分级响应流程图",
  flowchartOf: (name) => joinOverlapping(name, "流程图"),
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
