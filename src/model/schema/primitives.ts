import { z } from "./zod.js";

/**
 * Scalar types of the data files. The loader hands every scalar over as the
 * text the user wrote (YAML failsafe schema); these types check and convert it.
 * `.meta({ json })` tells the JSON Schema exporter what an editor should expect.
 */

export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "ids use lowercase letters a–z, digits and hyphens, e.g. `press-office`")
  .meta({ description: "Identifier: lowercase letters, digits and hyphens." });

export const Text = z.string().min(1, "this text is empty");

/** Several paragraphs, separated by blank lines. */
export const Paragraphs = Text.meta({ description: "Free text; separate paragraphs with a blank line." });

export const TextList = z.array(Text);

export const Phone = z
  .string()
  .regex(/^(?:\+|\(\+?)?[0-9][0-9 ()\-./]*(?:\s*(?:转|ext\.?|x)\s*[0-9]+)?$/, { message: "a phone number uses digits, spaces, hyphens, brackets and an optional leading +", abort: true })
  .refine((s) => (s.match(/[0-9]/g) ?? []).length >= 3, "a phone number needs at least 3 digits")
  .meta({ json: { type: ["string", "integer"] }, description: "Phone number, kept exactly as written (leading + and zeros survive)." });

export const Email = z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "expected an e-mail address like name@example.org");

export const Url = z.string().regex(/^(https?:\/\/|www\.)\S+$|^\S+\.\S+$/, "expected a web address like https://example.org");

export const Integer = z
  .string()
  .regex(/^\d{1,6}$/, "expected a whole number such as 3")
  .transform(Number)
  .meta({ json: { type: "integer", minimum: 0 } });

/**
 * A whole number within the range that makes sense for it; a value outside is
 * reported at its line with the range (never silently capped).
 */
export function IntegerIn(min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,6}$/, { message: "expected a whole number such as 3", abort: true })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: (iss) => `${String(iss.input)} is out of range: use a whole number from ${min} to ${max}` })
    .meta({ json: { type: "integer", minimum: min, maximum: max } });
}

export const Bool = z
  .enum(["true", "false", "yes", "no", "是", "否"], { message: "expected true or false" })
  .transform((v) => v === "true" || v === "yes" || v === "是")
  .meta({ json: { type: "boolean" } });

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date written YYYY-MM-DD, e.g. 2026-03-01", abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "this date does not exist")
  .meta({ json: { type: "string", format: "date" } });

export const ClockTime = z
  .string()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, "expected a time of day written HH:MM, e.g. 09:30")
  .meta({ json: { type: "string", pattern: "^([01]?\\d|2[0-3]):[0-5]\\d$" } });

export const Locale = z.enum(["zh-CN", "en", "en-GB", "en-US"], { message: "locale must be zh-CN, en-GB, en-US or en (= en-GB)" });
