import type { Phones } from "../draft/draft-types.js";

/**
 * Phone numbers in running text or a cell, kept exactly as written
 * (139 1611 0001, 021-3530 3001, +86 139 1611 3060, (970) 555-0121,
 * 07700 900110, 0831-820 1011转8001): digit groups joined by single spaces,
 * hyphens or dots, with an optional country code, area code in brackets and
 * extension; 7 to 15 digits; never a date, a time or a document number.
 */
const PHONE = /(?<![\d.:/〔［\[-])(?:\+\d{1,3}[\s-]?)?(?:\(\d{1,5}\)[\s-]?)?(?:\d{7,12}|\d{2,5}(?:[\s.-]\d{2,6}){1,4})(?:\s*(?:转|ext\.?|x)\s*\d{1,6})?(?![\d〕］\]%年月日号时])/gu;

export function findPhones(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PHONE)) {
    const p = m[0].trim();
    const digits = (p.match(/\d/g) ?? []).length;
    if (digits < 7 || digits > 15) continue;
    if (/^\d{4}[-.]\d{1,2}[-.]\d{1,2}$/.test(p) || /^(?:19|20)\d{2}$/.test(p)) continue;
    if (/^\d{1,3}(?:\.\d{1,3}){2,}$/.test(p)) continue;
    out.push(p);
  }
  return out;
}

/** A mainland mobile number (1[3-9]x xxxx xxxx) or a UK one (07…) is a mobile; anything else an office line unless a label says. */
export function phoneKind(phone: string, label = ""): keyof Phones {
  if (/手机|mobile|cell/iu.test(label)) return "mobile";
  if (/值班|duty|24/iu.test(label)) return "duty";
  if (/传真|fax/iu.test(label)) return "fax";
  if (/住宅|home/iu.test(label)) return "home";
  if (/办公|office/iu.test(label)) return "office";
  const digits = phone.replace(/\D/g, "").replace(/^86(?=1[3-9]\d{9}$)/, "");
  if (/^1[3-9]\d{9}$/.test(digits) || /^07\d{9}$/.test(digits)) return "mobile";
  return "office";
}

/** Adds a phone under its kind, or the next free kind, so two numbers of one kind both survive. */
export function addPhone(phones: Phones, phone: string, kind: keyof Phones): void {
  if (Object.values(phones).includes(phone)) return;
  const order: Array<keyof Phones> = [kind, "office", "mobile", "duty", "home", "fax"];
  const free = order.find((k) => phones[k] === undefined);
  if (free) phones[free] = phone;
}
