import type { ApprovalVerb } from "../../model/schema/entities.js";

/**
 * The words that say each vague deadline: the grammar does not add a deadline an action already says
 * (`SAYS`), and the prose lint finds two of one term in a clause (适时…选择合适的时机). One table for both.
 */
const VAGUE_WORDS: Readonly<Record<string, readonly string[]>> = {
  immediately: ["立即", "立刻", "马上", "即时"],
  "first-moment": ["第一时间"],
  promptly: ["及时"],
  quickly: ["迅速", "尽快", "快速"],
  "when-appropriate": ["适时", "择机", "选择合适的时机", "选择适当的时机", "在合适的时机", "在适当的时机", "合适的时机", "适当的时机", "适当时机", "合适时机"],
  regularly: ["定期"],
};

/** The word lists the Chinese grammar (and the prose lint) choose by. */
export const zhWords = {
  /** Adverbs an action may open with, before its verb. */
  ADVERBS: /^(?:依法|及时|立即|迅速|同时|主动|按规定|按程序|按要求|逐级|第一时间|统一|必要时|适时|定期|分别|会同|共同|再次|尽快)+/u,
  /** Verbs whose recipient is introduced by 与: 与X取得联系. */
  WITH: /^(?:取得联系|保持联系|联系沟通|沟通|协商|会商|对接|联动|配合|衔接|商定|研究)/u,
  /** Verbs that take the recipient as their object: 联系X, 通知X, 移送X处理. */
  DIRECT: /^(?:联系|通知|告知|提醒|约谈|通报|移送|移交|转交|送交|抄送|抄报|转告|请示|邀请|协调|督促|指导|组织|召集|答复|回复)/u,
  /** A lead that says on what basis or by what means: 根据事件进展情况…, 按照统一的口径…. */
  LEAD: /^(?:根据|按照|依照|依据|结合|针对|围绕|通过|利用|对照)/u,
  /**
   * Where such a lead ends and the verb begins: after the noun that closes the lead (情况, 结果, 口径 …), an optional
   * comma, then a verb or a preposition that opens the predicate (将, 向, 对 …). The adverb goes there.
   */
  LEAD_END: /(?:情况|结果|要求|规定|原则|口径|方案|实际|需要|程度|进展|批示|指示|部署|意见|职责|分工|范围|情形|标准|程序|权限|内容|趋势|动态)，?(?=采取|发布|开展|组织|报告|汇报|上报|报送|启动|处置|核实|调查|回应|引导|通报|发出|召开|研判|处理|提出|制定|做好|进行|予以|实施|落实|安排|加强|跟踪|监测|收集|整理|作出|公布|澄清|拟定|撰写|回复|答复|更新|转发|删除|联系|将|把|向|对|与|就)/u,
  /** Words in an action that already say a vague deadline: the deadline is not added again. */
  SAYS: Object.fromEntries(Object.entries(VAGUE_WORDS).map(([term, words]) => [term, new RegExp(words.join("|"), "u")])) as Readonly<Record<string, RegExp>>,
  /** The words of each vague deadline, by term (the lint counts a longer one that contains a shorter once). */
  VAGUE_WORDS,
  /** Names of bodies (a post's holders written as text, 各区县发展和改革局; 县委网信办为成员单位): they take a post on (承担, 为…单位), people hold it (担任). */
  BODY: /(?:局|部|委|办|院|厅|中心|公司|集团|政府|机关|处|科|室|所|站|会|队|组|机构|单位|部门|学校|医院|指挥部|社区|街道|党组|班子)$/u,
  /** The kind of a form, from the end of its title, to refer back to it: 上述登记表. */
  FORM_KIND: /(?:登记表|记录表|报告表|统计表|审批表|报告单|联系单|登记簿|台账|记录|表|单|簿|册)$/u,
  /** What an approver does: 经X批准后 / 审定 (the final wording) / 审核 / 签发 / 同意. */
  APPROVE: { approve: "批准", finalise: "审定", review: "审核", sign: "签发", agree: "同意" } as Readonly<Record<ApprovalVerb, string>>,
};
