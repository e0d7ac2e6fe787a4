// The page's words in Chinese and English. The language follows the browser (navigator.languages)
// until the user switches; the choice is remembered in this browser.

export type Lang = "zh" | "en";

const zh = {
  title: "planwright 方案编辑",
  files: "数据文件",
  outFolder: "文档生成到 {out}/",
  base: "基础文件",
  built: "已生成",
  valid: "有效",
  problems: "{n} 个问题",
  building: "生成中…",
  pending: "检查中…",
  choose: "请从左侧选择一个数据文件。",
  save: "保存",
  saved: "已保存",
  unsaved: "有未保存的修改",
  saving: "保存中…",
  saveFailed: "保存失败：{msg}",
  checking: "检查中…",
  checked: "已检查 · {ms} 毫秒",
  problemsTitle: "问题",
  noProblems: "没有问题",
  inFile: "{file}",
  preview: "预览",
  stale: "预览未更新：数据有 {n} 个问题，下面显示的是上一个有效版本。",
  noPreview: "暂无预览：数据有 {n} 个问题，修正后即显示文档。",
  previewFailed: "预览未更新：{msg}",
  download: "下载",
  printChecklists: "打印检查清单",
  changes: "自打开以来的规则修改",
  noChanges: "规则内容无变化。",
  changesNeedValid: "数据有问题，修正后显示修改。",
  notice: "生成修订说明",
  noticeReady: "修订说明：",
  conflictTitle: "此文件在磁盘上已被修改",
  conflictBody: "自您打开以来，另一个程序（其他编辑器、git pull 或另一个 planwright serve）修改了此文件。您的修改尚未保存。",
  reload: "重新载入磁盘上的版本（放弃我的修改）",
  overwrite: "用我的版本覆盖",
  reloaded: "磁盘上的文件已更改，已重新载入。",
  discard: "放弃未保存的修改？",
  openFailed: "无法打开：{msg}",
  removed: "此文件已从磁盘删除。",
  baseNote: "这是基础文件，没有自己的文档。检查时一并检查继承它的 {n} 个机构：{list}",
  docNames: { plan: "应对方案", checklists: "检查清单", contacts: "通讯录", forms: "登记表" } as Record<string, string>,
  types: { string: "文本", integer: "整数", number: "数字", boolean: "是/否（true/false）", array: "列表", object: "映射（键: 值）" } as Record<string, string>,
  values: "可选值",
  examples: "例如",
  idOf: "{kind} 的 id",
  required: "必填",
  other: "English",
  kinds: { unit: "部门", person: "人员", role: "岗位", group: "机构", external: "外部单位", channel: "渠道", category: "类别清单", level: "级别", procedure: "处置程序", form: "表单", attachment: "附件", section: "章节", step: "步骤", scale: "分级体系" } as Record<string, string>,
  offline: "无法连接 planwright serve：它可能已经停止。请在终端中重新运行 planwright serve，再打开它打印的地址。",
  httpError: "服务器出错（HTTP {status}）",
  restarted: "planwright serve 已重新启动，本页的地址已经失效。请打开终端中新打印的地址（含新的访问令牌）。本页未保存的修改仍在编辑器中，离开前请先复制（Ctrl+A、Ctrl+C）。",
  disconnected: "与 planwright serve 的连接已断开，正在重新连接…（未保存的修改仍在编辑器中）",
  reconnected: "已重新连接到 planwright serve。",
  importButton: "从已有文档开始…",
  importBusy: "正在读取 {name}…",
  importFailed: "无法导入 {name}：{msg}",
  importDone: "已从 {name} 生成草稿 {path}，标有 CHECK 的地方请核对：",
  conflictDisk: "磁盘上的改动（与您打开或上次保存时相比）：",
  conflictRules: "规则上的改动：",
  conflictLines: "逐行对比（{n} 处）",
  conflictSame: "磁盘上的文字与您打开时相同。",
  reviseTitle: "修订说明",
  reviseVersion: "新版本号",
  reviseFrom: "原版本 {from} →",
  reviseDate: "修订日期",
  reviseEffective: "施行日期",
  reviseSummary: "修订概要",
  reviseBy: "修订单位（可不填）",
  reviseWrite: "写入修订记录并生成修订说明",
  reviseCancel: "取消",
  reviseSameVersion: "版本号与打开时相同（{v}）：这次修订要用新的版本号。",
  reviseNeedSummary: "请写修订概要：它会写入修订记录，并印在修订说明中。",
  reviseDone: "已写入修订记录（版本 {from} → {to}），请保存。",
};

const en: typeof zh = {
  title: "planwright plan editor",
  files: "Data files",
  outFolder: "documents are built into {out}/",
  base: "base file",
  built: "built",
  valid: "valid",
  problems: "{n} problem(s)",
  building: "building…",
  pending: "checking…",
  choose: "Choose a data file on the left.",
  save: "Save",
  saved: "Saved",
  unsaved: "Unsaved changes",
  saving: "Saving…",
  saveFailed: "Not saved: {msg}",
  checking: "Checking…",
  checked: "Checked · {ms} ms",
  problemsTitle: "Problems",
  noProblems: "No problems",
  inFile: "{file}",
  preview: "Preview",
  stale: "Preview not updated: the data has {n} problem(s); this is the last good version.",
  noPreview: "No preview yet: the data has {n} problem(s); the document shows once they are fixed.",
  previewFailed: "Preview not updated: {msg}",
  download: "Download",
  printChecklists: "Print checklists",
  changes: "Rule changes since opened",
  noChanges: "No rule changes.",
  changesNeedValid: "The data has problems; changes show once they are fixed.",
  notice: "Write the change notice (修订说明)",
  noticeReady: "Change notice:",
  conflictTitle: "This file was changed on disk",
  conflictBody: "Another program (another editor, git pull, another planwright serve) changed this file since you opened it. Your edits are not saved yet.",
  reload: "Reload the version on disk (discard my edits)",
  overwrite: "Overwrite with mine",
  reloaded: "The file changed on disk and was reloaded.",
  discard: "Discard unsaved changes?",
  openFailed: "Cannot open: {msg}",
  removed: "This file was deleted on disk.",
  baseNote: "This is a base file: it has no documents of its own. The {n} organisation(s) extending it are checked with it: {list}",
  docNames: { plan: "Plan", checklists: "Checklists", contacts: "Contacts", forms: "Forms" },
  types: { string: "text", integer: "whole number", number: "number", boolean: "yes/no (true/false)", array: "list", object: "map (key: value)" },
  values: "Values",
  examples: "e.g.",
  idOf: "id of a {kind}",
  required: "required",
  other: "中文",
  kinds: { unit: "unit", person: "person", role: "role", group: "group", external: "external body", channel: "channel", category: "list", level: "level", procedure: "procedure", form: "form", attachment: "attachment", section: "section", step: "step", scale: "scale" },
  offline: "Cannot reach planwright serve: it may have stopped. Run planwright serve again in the terminal and open the address it prints.",
  httpError: "The server failed (HTTP {status})",
  restarted: "planwright serve was restarted, so this page's address no longer works. Open the new address it printed in the terminal (it has a new token). Your unsaved edits are still in the editor: copy them (Ctrl+A, Ctrl+C) before you leave this page.",
  disconnected: "Lost the connection to planwright serve; reconnecting… (unsaved edits are still in the editor)",
  reconnected: "Reconnected to planwright serve.",
  importButton: "Start from a document…",
  importBusy: "Reading {name}…",
  importFailed: "Cannot import {name}: {msg}",
  importDone: "Drafted {path} from {name}; check the places marked CHECK:",
  conflictDisk: "What changed on disk (since you opened or last saved it):",
  conflictRules: "In rule terms:",
  conflictLines: "Line by line ({n} places)",
  conflictSame: "The text on disk is the same as when you opened it.",
  reviseTitle: "Change notice",
  reviseVersion: "New version",
  reviseFrom: "Version {from} →",
  reviseDate: "Date of the revision",
  reviseEffective: "Effective date",
  reviseSummary: "Summary of the revision",
  reviseBy: "Revised by (optional)",
  reviseWrite: "Record the revision and write the notice",
  reviseCancel: "Cancel",
  reviseSameVersion: "The version is the same as when you opened the file ({v}): this revision needs a new version.",
  reviseNeedSummary: "Write a summary: it goes into the revision record and onto the notice.",
  reviseDone: "Revision recorded (version {from} → {to}); save the file.",
};

export type Words = typeof zh;
type Key = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words];

const STORE = "planwright.lang";
let current: Lang = initial();
const listeners: Array<() => void> = [];

function initial(): Lang {
  const saved = safeStorage()?.getItem(STORE);
  if (saved === "zh" || saved === "en") return saved;
  const first = (navigator.languages?.[0] ?? navigator.language ?? "").toLowerCase();
  return first.startsWith("zh") ? "zh" : "en";
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function lang(): Lang {
  return current;
}

export function words(): Words {
  return current === "zh" ? zh : en;
}

/** A phrase with `{name}` filled in. */
export function t(key: Key, vars: Record<string, string | number> = {}): string {
  return words()[key].replace(/\{(\w+)\}/g, (_m, name: string) => String(vars[name] ?? ""));
}

export function kindName(kind: string): string {
  return words().kinds[kind] ?? kind;
}

export function docName(name: string): string {
  return words().docNames[name] ?? name;
}

export function setLang(next: Lang): void {
  current = next;
  safeStorage()?.setItem(STORE, next);
  apply();
  for (const l of listeners) l();
}

export function onLangChange(listener: () => void): void {
  listeners.push(listener);
}

/** Fills every `data-i18n` element with its phrase. */
export function apply(): void {
  document.documentElement.lang = current === "zh" ? "zh-CN" : "en";
  for (const el of document.querySelectorAll<HTMLElement>("[data-i18n]")) el.textContent = t(el.dataset.i18n as Key);
  document.title = t("title");
}
