/**
 * Phone numbers in one style per document — the data keeps them as written
 * (`+86 139 1611 3060`, `0470-322 5100`, `07700 900120`), and the theme
 * chooses how they print: `national` (the default: as dialled inside the
 * country, 0470-322 5100 / 020 7946 0321), `international` (+86 470 322 5100 /
 * +44 20 7946 0321) or `as-written`. The digits and their grouping are kept;
 * only the country code and the trunk prefix (0) are added or dropped. Short
 * numbers (110, 101, 12345) and numbers of other countries print as written.
 */

export type PhoneStyle = "as-written" | "national" | "international";

/** The country of a locale's numbers: its calling code and the trunk prefix dialled before an area code at home. */
export type PhonePlan = { readonly country: string; readonly trunk: string };

const EXTENSION = /\s*(?:转|ext\.?|x)\s*\d+$/iu;

export function formatPhone(raw: string, style: PhoneStyle, plan: PhonePlan): string {
  if (style === "as-written") return raw;
  const ext = EXTENSION.exec(raw)?.[0] ?? "";
  const number = raw.slice(0, raw.length - ext.length).trim();
  const digits = number.replace(/\D/g, "");
  if (digits.length <= 6) return raw;
  const intl = /^(?:\+|00|\(\+?)(\d{1,3})\)?[\s-]*(.*)$/u.exec(number);
  if (intl) {
    const [, code, rest] = intl as unknown as [string, string, string];
    if (style === "international" || code !== plan.country) return raw;
    return `${national(rest, plan)}${ext}`;
  }
  if (style === "national") return raw;
  return `${international(number, plan)}${ext}`;
}

/** The part after the country code, as dialled at home. */
function national(rest: string, plan: PhonePlan): string {
  // Some write the trunk prefix after the country code (+86 010-…): it is dialled once.
  if (!plan.trunk || rest.startsWith(plan.trunk)) return rest;
  // A Chinese mobile (1xx xxxx xxxx) has no trunk prefix; a landline is 0 + area code, then a hyphen.
  if (plan.country === "86") {
    if (/^1\d{10}$/u.test(rest.replace(/\D/g, ""))) return rest;
    const [area, ...local] = rest.split(/[\s-]+/u);
    return local.length > 0 ? `${plan.trunk}${area}-${local.join(" ")}` : `${plan.trunk}${rest}`;
  }
  return `${plan.trunk}${rest}`;
}

/** A number as dialled at home, with the country code instead of the trunk prefix. */
function international(number: string, plan: PhonePlan): string {
  if (plan.trunk && number.startsWith(plan.trunk)) return `+${plan.country} ${number.slice(plan.trunk.length).replace(/^(\d+)-/u, "$1 ")}`;
  return `+${plan.country} ${number}`;
}
