import { say, type Said } from "./say.js";

const KINDS: Readonly<Record<string, Said>> = {
  unit: say("unit"),
  person: say("person"),
  role: say("role"),
  group: say("group"),
  external: say("external body"),
  channel: say("channel"),
  category: say("category"),
  level: say("level"),
  procedure: say("procedure"),
  form: say("form"),
  attachment: say("attachment"),
  section: say("section"),
  step: say("step"),
  scale: say("scale"),
};

/** The name of a kind of entity in a message (`role` / 岗位). */
export function kindWord(kind: string): Said {
  return KINDS[kind] ?? { say: kind };
}
