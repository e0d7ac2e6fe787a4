import type { ProseWords } from "../types.js";
import { zhWords } from "./words.js";

/** What the prose lint looks for in Chinese text (GB/T 15834 punctuation, 公文 usage). */
export const zhProse: ProseWords = {
  sentenceEnd: /[。！？][”’」』]*/gu,
  clauseSeparator: /；/u,
  // A word of two to four characters written twice: 适时适时, 办公室办公室. 一级一级, 一个一个 are Chinese.
  doubledWord: { pattern: /(\p{Script=Han}{2,4})\1/gu, allowed: /^一\p{Script=Han}{1,2}$/u },
  adjacentBrackets: /）（/gu,
  emptyBrackets: /[（(]\s*[）)]/gu,
  shortDefinition: /（以下简称[“"]?([^（）“”"]{1,20}?)[”"]?）/gu,
  quantifier: /[各诸]$/u,
  // 镇 + 办公室: a name neither full nor short, read as another body (the town's office).
  thirdNamePrefix: /[省市县区镇乡街村校院局厂司]$/u,
  subjectSpan: "clause",
  // 由X任副组长: the group is the paragraph's (成立专家组。由…任副组长。).
  anaphora: /^由/u,
  reportVerb: /报告|报送|上报|通报|汇报/u,
  decideVerb: /由[^，。；]{1,30}决定|决定权/u,
  recurring: /每(?:天|日|周|月|班|小时)|定期|24小时持续/u,
  caseCondition: /的，$/u,
  jointSubject: /^(?:会同|协同|联合|与|和|及|或)/u,
  openingCondition: /^(?:经[^，。；]{1,30}后|[^，。；]{1,40}?(?:之后|以后|后|时|的))，/u,
  titleSeries: /》、《|”、“/gu,
  attachmentNote: { label: /^附件[：:]/u, titleMark: /《/u },
  arabicDunhao: /(?:^|[：:；;。\s])(\d{1,3})、(?!\d)/gu,
  clauseItem: /的$/u,
  itemLabel: /^(\p{Script=Han}{2,10})([。：:])/u,
  holder: {
    // 由X担任 / 由X任组长 / 由X兼任 (任务, 任何, 任命 … are other words).
    pattern: /(?:由|^|[，；。])([^，。；：:由（）、]{2,30}?)(?:担任|兼任|任(?![务何命职意性期免用]))/gu,
    body: zhWords.BODY,
    person: /(?:长|主任|书记|员|人|师|者|干事|秘书|经理|干部|委员|代表|主席|专家|领导|同志|老师|医生|护士|职工|警官|民警|骨干)$/u,
  },
  vagueDeadline: {
    // The grammar's own table: what it knows says a deadline is what the lint counts twice.
    groups: Object.values(zhWords.VAGUE_WORDS),
    parallel: /[、；]/u,
  },
  formMention: /《([^《》]{1,60})》/gu,
  levelKind: [[/响应$/u, "response"], [/预警$/u, "warning"]],
  levelVerb: { before: { response: /(?:发生|发布)$/u, warning: /(?:发生|启动)$/u, event: /(?:启动|发布)$/u } },
  // 适时 is the time the basis decides: 根据事件进展情况适时采取, not 适时根据….
  adverbPlace: /适时(?:根据|按照|依照|依据)/gu,
  registerForm: /登记(?:入|到)《|登记《[^《》]*(?:登记|记录)(?:表|簿|单)》/gu,
};
