import fc from "fast-check";

/**
 * The choices that make up a generated organisation: small numbers picked from
 * pools and lists, and flags. `compose.ts` turns them into a valid data file;
 * fast-check shrinks the choices, so a failing organisation shrinks to one
 * with few entities and short lists.
 */
const n = fc.nat({ max: 999 });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });

export const stepSpec = fc.record({
  actors: fc.array(n, { minLength: 1, maxLength: 2 }),
  either: fc.boolean(),
  action: n,
  to: opt(fc.array(n, { minLength: 1, maxLength: 2 })),
  deadline: opt(fc.record({ kind: fc.constantFrom("duration", "vague", "from", "usually"), pick: n })),
  frequency: opt(fc.record({ kind: fc.constantFrom("word", "per-day", "at", "during", "continuous"), pick: n })),
  approval: opt(n),
  record: opt(n),
  when: opt(n),
  atLevels: opt(fc.array(n, { minLength: 1, maxLength: 2 })),
  text: fc.boolean(),
  id: fc.boolean(),
});
export type StepSpec = ReturnType<typeof stepSpec.generate>["value"];

const roleSpec = fc.record({
  pick: n,
  abbr: fc.boolean(),
  holders: fc.array(n, { maxLength: 3 }),
  holdersText: opt(n),
  heldBy: opt(fc.record({ unit: fc.boolean(), pick: n })),
  external: fc.boolean(),
  delegation: fc.array(n, { maxLength: 2 }),
  duties: fc.array(n, { maxLength: 3 }),
  reportsTo: opt(n),
  training: fc.boolean(),
  unit: opt(n),
});

const groupSpec = fc.record({
  pick: n,
  short: fc.boolean(),
  members: fc.array(fc.record({ kind: fc.constantFrom("leader", "deputy", "member"), pick: n, holders: fc.array(n, { minLength: 1, maxLength: 2 }), heldBy: fc.boolean() }), { minLength: 1, maxLength: 4 }),
  parent: opt(n),
  hostUnit: opt(n),
  activation: fc.constantFrom("standing", "activated", "formed", "default"),
  duties: fc.array(n, { maxLength: 3 }),
  roster: fc.boolean(),
});

const levelSpec = fc.record({
  criteria: fc.constantFrom("text", "any", "all", "measure"),
  pick: n,
  report: fc.constantFrom("none", "to", "step"),
  reportTo: fc.array(n, { minLength: 1, maxLength: 2 }),
  within: n,
  notify: opt(n),
  releaseBy: opt(n),
  approveBy: opt(n),
  overrideBy: opt(n),
  steps: fc.array(stepSpec, { maxLength: 2 }),
  procedure: opt(n),
  examples: fc.boolean(),
});

const scaleSpec = fc.record({
  kind: fc.constantFrom("event", "response", "warning", "phase", "tier", "category"),
  declared: fc.boolean(),
  labels: fc.array(n, { maxLength: 2 }),
  sentenceLabel: fc.boolean(),
  otherwise: fc.boolean(),
  levels: fc.array(levelSpec, { minLength: 2, maxLength: 4 }),
  stages: fc.boolean(),
});

export const orgSpec = fc.record({
  locale: fc.constantFrom("zh-CN", "en-GB", "en-US"),
  kind: fc.constantFrom("public-opinion", "epidemic", "crisis-comms"),
  org: n,
  scheme: n,
  units: fc.array(fc.record({ pick: n, abbr: fc.boolean(), head: opt(n), liaison: opt(n), backup: opt(n), duties: fc.array(n, { maxLength: 2 }) }), { minLength: 1, maxLength: 5 }),
  people: fc.array(fc.record({ pick: n, title: n, unit: opt(n), mobile: fc.boolean(), office: fc.boolean(), deputy: opt(n), available: fc.boolean() }), { minLength: 3, maxLength: 10 }),
  roles: fc.array(roleSpec, { minLength: 1, maxLength: 6 }),
  groups: fc.array(groupSpec, { minLength: 1, maxLength: 4 }),
  external: fc.array(fc.record({ pick: n, abbr: fc.boolean() }), { maxLength: 4 }),
  channels: fc.array(n, { maxLength: 3 }),
  category: fc.boolean(),
  scales: fc.array(scaleSpec, { maxLength: 2 }),
  procedures: fc.array(fc.record({ pick: n, style: fc.constantFrom("prose", "list", "default"), steps: fc.array(stepSpec, { minLength: 1, maxLength: 5 }), intro: fc.boolean(), outro: fc.boolean() }), { minLength: 1, maxLength: 4 }),
  forms: fc.array(fc.record({ pick: n, slip: fc.boolean(), signOff: fc.boolean() }), { minLength: 1, maxLength: 3 }),
  duty: opt(fc.record({ shifts: fc.integer({ min: 0, max: 2 }), roster: fc.boolean(), log: fc.boolean() })),
  document: fc.record({ basis: fc.array(n, { maxLength: 4 }), review: fc.boolean(), exercises: fc.boolean(), status: fc.boolean(), number: fc.boolean(), marks: fc.boolean(), issuer: fc.boolean(), approval: fc.boolean(), imprint: fc.boolean(), revisions: fc.boolean(), notice: fc.constantFrom("none", "issue", "consultation") }),
  plan: fc.record({ principles: fc.integer({ min: 0, max: 3 }), nested: fc.boolean(), rolesRunIn: fc.boolean(), levelsAt: fc.constantFrom("section", "group", "none"), responses: fc.boolean(), units: fc.boolean(), duty: fc.boolean(), channels: fc.boolean(), closing: fc.boolean() }),
  attachments: fc.array(fc.constantFrom("levels", "contacts", "form", "flowchart", "checklist", "text", "table", "levels-flowchart"), { maxLength: 4 }),
  // Numbering the admin writes (a procedure's, the principles'), and sections that print no title. Drawn
  // last, so that the choices before them stay what they were for a given seed.
  numbering: fc.record({ procedures: fc.array(opt(n), { maxLength: 4 }), principles: opt(n), untitled: fc.array(fc.boolean(), { maxLength: 4 }) }),
});
export type OrgSpec = ReturnType<typeof orgSpec.generate>["value"];
