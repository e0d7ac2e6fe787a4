// The naming scanner says its word boundaries once per group of names (WORD_START/WORD_END in
// src/compose/sentences/naming.ts) instead of around each name: it must find exactly what the
// per-name pattern found — same places, same names, same groups — for any names and any text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scannerOf, type Naming, type Wording } from "../../src/compose/sentences/naming.js";
import { localeText } from "../../src/locale/index.js";
import { escapeRegExp } from "../../src/text/regexp.js";

/** The pattern as it was built before: each name with its own boundary assertions. */
function perNameScanner(naming: Naming, t: Wording, uses = false): RegExp {
  const { article, namePrefix: prefix } = t;
  const bounded = (s: string) => `${/^[A-Za-z]/.test(s) ? "(?<![\\p{L}\\p{N}])" : ""}${escapeRegExp(s)}${/[A-Za-z]$/.test(s) ? "(?![\\p{L}\\p{N}])" : ""}`;
  const longestFirst = (xs: readonly string[]) => [...new Set(xs)].filter(Boolean).sort((a, b) => b.length - a.length).map(bounded);
  const alternatives = [`(?<open>[《“])`, `(?<close>[》”])`, `\uE000(?<marker>\\d+)(?<compound>c?)\uE001`];
  const others = longestFirst(naming.others);
  if (others.length > 0) alternatives.push(`(?<other>${others.join("|")})`);
  const lead = article ? `(?<=(?<![\\p{L}])${article} )` : prefix ? `(?<!${prefix})` : "";
  const fulls = longestFirst(naming.entities.flatMap((e) => [e.full, ...(e.aliases ?? [])]));
  if (fulls.length > 0) alternatives.push(`${lead}(?<full>${fulls.join("|")})`);
  const shorts = longestFirst(naming.entities.filter((e) => [...e.short].length >= 2).map((e) => e.short));
  const before = uses ? (prefix ? `(?<!${prefix})` : "") : "(?<![\\p{L}\\p{N}])";
  const after = !uses && t.inTitle ? `(?!${t.inTitle})` : "";
  if (shorts.length > 0) alternatives.push(`${before}(?<short>${shorts.join("|")})${after}`);
  return new RegExp(alternatives.join("|"), "gu");
}

const found = (re: RegExp, text: string) =>
  [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}:${Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0]}`);

// Letters, digits, CJK, spaces and punctuation: names that start or end with a Latin letter or not.
const char = fc.constantFrom("A", "b", "Z", "q", "I", "O", "P", "1", "7", "镇", "办", "组", "室", "-", " ", "(", "é");
const name = fc.array(char, { minLength: 1, maxLength: 6 }).map((cs) => cs.join("").trim()).filter((s) => s.length > 0);
const naming = fc.record({
  entities: fc.array(fc.record({ full: name, short: name, body: fc.boolean(), aliases: fc.option(fc.array(name, { maxLength: 2 }), { nil: undefined }) }), { maxLength: 5 }),
  others: fc.array(name, { maxLength: 3 }),
});

describe("the naming scanner's word boundaries", () => {
  for (const locale of ["en-GB", "zh-CN"])
    it(`find what the per-name pattern found (${locale}, both kinds of scan)`, () => {
      const t = localeText(locale);
      fc.assert(
        fc.property(naming, fc.array(fc.oneof(name, char, fc.constantFrom("the ", "《", "”", "\uE0003\uE001", "s", "2")), { maxLength: 30 }), fc.boolean(), (n, parts, uses) => {
          // Names of the naming itself appear in the text, next to letters, digits and each other.
          const text = parts.map((p, i) => (i % 3 === 0 && n.entities.length > 0 ? (n.entities[i % n.entities.length] as { full: string }).full : p)).join("");
          expect(found(scannerOf(n, t, uses), text)).toEqual(found(perNameScanner(n, t, uses), text));
        }),
        { numRuns: 150, seed: 20261207 },
      );
    });
});
