/** Patterns of the plan checker (model/rules): claims and citations in free text, approval forms and acts, reports. */
export type CheckPatterns = {
  /** Text that claims round-the-clock duty or monitoring: 24小时值班 / 24-hour monitoring. */
  readonly roundTheClock: RegExp;
  /** The plan comes into force on issue: 自印发之日起施行 / comes into force on issue. */
  readonly onIssue: RegExp;
  /** A form cited by its title in text (global; group 1 is the title): 《网络舆情登记表》 / the Media Enquiry Log. */
  readonly formCitation: RegExp;
  /** A form's title that records an approval: 预警信息发布审批表 / Holding Statement Approval Slip. */
  readonly approvalForm: RegExp;
  /** An action that asks for or gives an approval: 报请…批准 / approves the wording. */
  readonly approvalAct: RegExp;
  /** An action that reports to its recipient: 报告 / notifies. */
  readonly reportVerb: RegExp;
  /** What comes right before a recipient's name in a sentence about a report: 向 / 报 / to the. */
  readonly recipientBefore: RegExp;
};
