import { say, type Said } from "./say.js";

/** The name of a kind of entity in a message (`role` / 岗位). */
export function kindWord(kind: string): Said {
  switch (kind) {
    case "unit":
      return say("unit");
    case "person":
      return say("person");
    case "role":
      return say("role");
    case "group":
      return say("group");
    case "external":
      return say("external body");
    case "channel":
      return say("channel");
    case "category":
      return say("category");
    case "level":
      return say("level");
    case "procedure":
      return say("procedure");
    case "form":
      return say("form");
    case "attachment":
      return say("attachment");
    case "section":
      return say("section");
    case "step":
      return say("step");
    case "scale":
      return say("scale");
    default:
      return { say: kind };
  }
}
