/**
 * A place in the data, named as the document names it — “procedure ‘Rapid
 * report’, step 2, deadline” / 处置程序「快速报告」第2步的时限 — rather than
 * `procedures[3].steps[1].deadline`, and counted from 1. Made from a data path
 * and the data as written (an item is named by its `name`, `title` or `id`);
 * worded in the reader's language. Pure: the page's hover uses it too.
 */
export type PlaceStep = { readonly key: string } | { readonly list: string; readonly n: number; readonly name?: string };
export type Place = { readonly place: readonly PlaceStep[] };

type Noun = { readonly en: string; readonly zh: string; /** Always named by number (第2步 / step 2). */ readonly counted?: boolean };

/** Items of a list, by the list's key (or `<parent list>.<key>` where the same key means another thing). */
const NOUNS: Readonly<Record<string, Noun>> = {
  procedures: { en: "procedure", zh: "处置程序" },
  steps: { en: "step", zh: "步", counted: true },
  levels: { en: "level", zh: "级别" },
  scales: { en: "scale", zh: "分级体系" },
  stages: { en: "stage", zh: "阶段" },
  units: { en: "unit", zh: "部门" },
  people: { en: "person", zh: "人员" },
  roles: { en: "role", zh: "岗位" },
  groups: { en: "group", zh: "机构" },
  external: { en: "external body", zh: "外部单位" },
  channels: { en: "channel", zh: "渠道" },
  categories: { en: "list", zh: "类别清单" },
  "categories.items": { en: "item", zh: "项", counted: true },
  "sections.items": { en: "section", zh: "章节" },
  "items.items": { en: "section", zh: "章节" },
  sections: { en: "section", zh: "章节" },
  forms: { en: "form", zh: "表单" },
  fields: { en: "field", zh: "栏目" },
  attachments: { en: "attachment", zh: "附件" },
  revisions: { en: "revision", zh: "修订记录" },
  roster: { en: "roster entry", zh: "条排班", counted: true },
  shifts: { en: "shift", zh: "班次" },
  rows: { en: "row", zh: "行", counted: true },
  columns: { en: "column", zh: "列", counted: true },
  criteria: { en: "condition", zh: "条判定标准", counted: true },
  any: { en: "condition", zh: "条判定标准", counted: true },
  all: { en: "condition", zh: "条判定标准", counted: true },
  exercises: { en: "exercise", zh: "演练" },
  distribution: { en: "distribution entry", zh: "条分发记录", counted: true },
  basis: { en: "basis entry", zh: "条编制依据", counted: true },
  duties: { en: "duty", zh: "条职责", counted: true },
  at: { en: "time", zh: "个时刻", counted: true },
  requirements: { en: "requirement", zh: "条任职条件", counted: true },
  examples: { en: "example", zh: "个示例", counted: true },
};

/** Keys worded in Chinese (others are shown as written, in code style). */
const KEYS_ZH: Readonly<Record<string, string>> = {
  id: "id", name: "名称", title: "标题", text: "内容", action: "处置要求", actor: "责任主体", to: "报送对象", deadline: "时限",
  frequency: "频次", approval: "审批", record: "记录表单", when: "条件", criteria: "判定标准", rank: "级别序号", holders: "人员",
  duties: "职责", members: "成员", phones: "电话", version: "版本", effective_date: "施行日期", date: "日期", purpose: "用途",
  summary: "概要", src: "文件", fonts: "字体", unit: "所属单位", head: "负责人", report_to: "报告对象", respond_within: "响应时限",
};

/** The place at `path` in `data` (the value as written, before any checking). */
export function placeOf(path: readonly (string | number)[], data: unknown): Place {
  const steps: PlaceStep[] = [];
  let node: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const k = path[i] as string | number;
    node = node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[k] : undefined;
    if (typeof k === "number") {
      const list = String(path[i - 1] ?? "");
      const parent = typeof path[i - 2] === "number" ? String(path[i - 3] ?? "") : "";
      const key = NOUNS[`${parent}.${list}`] ? `${parent}.${list}` : list;
      if (steps[steps.length - 1] && "key" in (steps[steps.length - 1] as PlaceStep) && (steps[steps.length - 1] as { key: string }).key === list) steps.pop();
      steps.push({ list: key, n: k + 1, ...nameOf(node) });
    } else if (!(k === "plan" && path[i + 1] === "sections")) steps.push({ key: k });
  }
  return { place: steps };
}

function nameOf(item: unknown): { name?: string } {
  if (item === null || typeof item !== "object") return {};
  const o = item as Record<string, unknown>;
  const name = [o.name, o.title, o.id].find((v) => typeof v === "string" && v.trim() !== "");
  return typeof name === "string" ? { name: name.trim() } : {};
}

/** The place in words. */
export function placeWords(p: Place, lang: "en" | "zh"): string {
  return lang === "zh" ? zhWords(p.place) : enWords(p.place);
}

function enWords(steps: readonly PlaceStep[]): string {
  const parts: string[] = [];
  let keys: string[] = [];
  const flush = () => {
    if (keys.length > 0) parts.push(keys.join("."));
    keys = [];
  };
  for (const s of steps) {
    if ("key" in s) keys.push(s.key);
    else {
      flush();
      const noun = NOUNS[s.list];
      if (!noun) parts.push(`${s.list.split(".").pop()} item ${s.n}`);
      else parts.push(noun.counted || !s.name ? `${noun.en} ${s.n}` : `${noun.en} ‘${s.name}’`);
    }
  }
  flush();
  return parts.join(", ");
}

function zhWords(steps: readonly PlaceStep[]): string {
  let out = "";
  let keys: string[] = [];
  const flush = (last: boolean) => {
    if (keys.length === 0) return;
    const words = keys.length === 1 && KEYS_ZH[keys[0] as string] ? (KEYS_ZH[keys[0] as string] as string) : `\`${keys.join(".")}\``;
    out += out ? `的${words}` : words;
    if (!last) out += " ";
    keys = [];
  };
  for (const s of steps) {
    if ("key" in s) keys.push(s.key);
    else {
      flush(false);
      const noun = NOUNS[s.list];
      if (!noun) out += `${s.list.split(".").pop()} 第${s.n}项`;
      else out += noun.counted ? `第${s.n}${noun.zh}` : s.name ? `${noun.zh}「${s.name}」` : `第${s.n}个${noun.zh}`;
    }
  }
  flush(true);
  return out.trim();
}
