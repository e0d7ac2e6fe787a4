/**
 * Slots let a sentence written in the data name structured values:
 * `{deadline}将舆情联系单传送至{to}` keeps natural word order while the
 * deadline and recipient stay data. Only `{word}` with a known name is a slot;
 * anything else is literal text.
 */
export const STEP_SLOTS = ["when", "actor", "to", "deadline", "duration", "frequency", "times", "approval", "record"] as const;
export const ROLE_SLOTS = ["role", "requirements"] as const;

const SLOT = /\{([a-z][a-z-]*)\}/g;

export function findSlots(text: string): string[] {
  return [...text.matchAll(SLOT)].map((m) => m[1] as string);
}

export function fillSlots(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(SLOT, (whole, name: string) => (name in values ? (values[name] as string) : whole));
}
