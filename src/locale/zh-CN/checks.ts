import type { CheckPatterns } from "../check-patterns.js";

/** What the plan checker looks for in Chinese text. */
export const zhChecks: CheckPatterns = {
  roundTheClock: /24小时(?:值班|在线值班|监测|监控|在岗|守候|联络)|全天候(?:值班|监测|监控)/u,
  onIssue: /自(?:印发|发布|公布)之日起(?:施行|执行|实施|生效)/u,
  formCitation: /《([^《》]{2,40}?(?:表|单|卡|台账|登记簿|记录本|日志|簿))》/gu,
  approvalForm: /审批|审核|批准|签批|审定|核准/u,
  approvalAct: /报请|报批|审批|审核|批准|签批|审定|送审|核准/u,
  recipientBefore: /(?:向|报|报送|上报|报告|通报|抄送|转)$/u,
  reportVerb: /报告|上报|报送|汇报|呈报|通报|报(?=[^\u4e00-\u9fff]|$)|报\{to\}/u,
};
