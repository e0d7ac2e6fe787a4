import type { ImportWords } from "../import-words.js";
import { iso } from "../zh-CN/import-words.js";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, half: 0.5, a: 1, an: 1, once: 1, twice: 2 };

function count(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  return NUMBERS[w];
}

function month(word: string): number | undefined {
  const i = MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3)));
  return i >= 0 ? i + 1 : undefined;
}

export const enImport: ImportWords = {
  columns: {
    name: /^(?:name|liaison|backup|contact|contact name|duty officer|officer|holder|person)$/i,
    post: /^(?:role|position|post|function)$/i,
    title: /^(?:title|job title|position\/unit|unit\/position|service\/title)$/i,
    unit: /^(?:unit|department|service|agency|organi[sz]ation|team)$/i,
    when: /when to (?:contact|call)|when|notes?/i,
    level: /^(?:(?:response|warning|event|alert|notification|incident)\s+)?(?:level|tier|phase|category|grade|scale)$/i,
    criteria: /criteria|description|definition|trigger/i,
    reportTo: /report to/i,
    reportWithin: /report within|within/i,
    phones: [
      [/mobile|cell/i, "mobile"],
      [/duty|24.?h|out of hours/i, "duty"],
      [/fax/i, "fax"],
      [/home/i, "home"],
      [/office|work|desk/i, "office"],
      [/phone|tel|number/i, "office"],
    ],
  },
  personName: /^(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+(?:[A-Z][a-z'’-]+)(?:-[A-Z][a-z]+)?$/u,
  orgName: /^(?:[A-Z][\w'’&-]*\s+){0,6}(?:Office|Department|Service|Team|Agency|Council|Police|Center|Centre|Authority|Unit|Division|District|Board|Commission|Bureau|Station|Administration)$/u,
  outsideBody: /police|sheriff|fire|state|national|federal|county|media|newspaper|radio|tv|television|news|hospital|red cross|health/i,
  levelName: /^(?:(?:Level|Tier|Phase|Category|Grade|Stage)\s+(?:[IVX]+|\d+|[A-E])(?:\s*[–—-]\s*[A-Z][a-z]+|\s+(?:response|warning|alert|incident))?|(?:Red|Amber|Orange|Yellow|Green|Blue)(?:\s+(?:alert|level|warning))?|(?:Minor|Major|Critical|Serious|Significant|Moderate|Low|High|Catastrophic|Limited)(?:\s+(?:incident|emergency|crisis|event))?|(?:Initial|Small[- ]Scale|Large[- ]Scale|Full[- ]Scale)(?:\s+[\w/]+)?)$/i,
  severity(name) {
    if (/red|catastrophic|critical|full/i.test(name)) return 1;
    if (/major|serious|amber|orange|large/i.test(name)) return 2;
    if (/minor|low|green|blue|initial|limited/i.test(name)) return undefined;
    return undefined;
  },
  formTitle: /\b(?:the\s+)((?:[A-Z][\w/&-]*\s+){0,6}(?:Form|Log|Record|Sheet|Register|Checklist|Pad|Slip|Timeline))\b|\b(?:fills? in|completes?|(?:is |are )?recorded (?:in|on)) the ([A-Z][\w/&-]*(?:\s+[A-Z][\w/&-]*){0,6})/gu,
  attachmentMark: /^(?:[IVX]+\.\s+)?(?:Appendix|Annex|Attachment)\s+([A-Z0-9]{1,3})\s*[—–:-]?\s*$/iu,
  attachmentList: /^(?:Appendices|Annexes|Attachments)\s*[:：]\s*(.*)$/iu,
  groupFormed: /\b(?:the\s+)?((?:[A-Z][\w/&'’-]*\s+){1,6}(?:Team|Group|Committee|Cell|Center|Centre|Board))(?:\s+\(([A-Z][A-Za-z/]{1,10})\))?\s+(?:is|was)\s+(?:set up|formed|established|made up of|activated)/u,
  groupPosts: [
    { word: /^(?:chair|chairperson|leader|lead|commander|director|head)$/i, name: "Chair" },
    { word: /^(?:vice[- ]chair|deputy|deputy chair|deputy leader)$/i, name: "Deputy" },
    { word: /^(?:members?)$/i, name: "Members" },
  ],
  hostUnit: /(?:based (?:in|at)|hosted by|carried out by|run by)\s+(?:the\s+)?([A-Z][^,.;]{2,60})/u,
  deadlineSynonyms: { "at once": "immediately", "as soon as possible": "first-moment", asap: "first-moment", "without delay": "first-moment", "in time": "promptly", "right away": "immediately" },
  within: /\bwithin\s+(\d+(?:\.\d+)?|one|two|three|four|five|six|ten|twelve|half an?|an?)\s*(minutes?|mins?|hours?|hrs?|h|days?|working days?|weeks?)\b/iu,
  unitMinutes(w) {
    const u = w.toLowerCase();
    if (u.startsWith("min")) return 1;
    if (u.startsWith("h")) return 60;
    if (u.startsWith("day") || u.startsWith("working")) return 1440;
    if (u.startsWith("week")) return 10080;
    return undefined;
  },
  frequencies: [
    [/\b(once|twice|three times|four times|\d+ times)\s+(?:a|per|each)\s+(day|week|month)\b/iu, (m) => {
      const n = /^\d+/.test(m[1] as string) ? Number.parseInt(m[1] as string, 10) : count((m[1] as string).split(" ")[0] as string) ?? ((m[1] as string).startsWith("three") ? 3 : 4);
      const per = (m[2] as string).toLowerCase();
      return n === 1 ? (per === "day" ? "daily" : per === "week" ? "weekly" : "monthly") : `${n}/${per}`;
    }],
    [/\b(?:24\/7|24 hours a day|around the clock|round the clock)\b/iu, () => "continuous"],
    [/\bdaily\b|\bevery day\b/iu, () => "daily"],
    [/\bweekly\b|\bevery week\b/iu, () => "weekly"],
    [/\bregularly\b/iu, () => "regularly"],
  ],
  count,
  report: /^(?:reports?|notif(?:y|ies)|informs?|alerts?|briefs?|tells?|escalates?)\b/iu,
  docNumber: /^(?:Ref(?:erence)?\.?|Document (?:No\.?|number))\s*[:：]?\s*(\S+)/iu,
  status: /^\(?(Draft|Consultation draft|Interim)\)?$/iu,
  version: /\bVersion\s+([0-9][0-9A-Za-z.]*)/iu,
  effective: /\bEffective(?:\s+(?:from|date))?[:\s]+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})/u,
  dateLine: /^(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})$/u,
  date(text) {
    const a = /\b(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})\b/u.exec(text);
    if (a) return iso(Number(a[3]), month(a[2] as string), Number(a[1]));
    const b = /\b([A-Z][a-z]+)\s+(\d{1,2}),\s+(\d{4})\b/u.exec(text);
    if (b) return iso(Number(b[3]), month(b[1] as string), Number(b[2]));
    const c = /\b(\d{4})-(\d{2})-(\d{2})\b/u.exec(text);
    if (c) return iso(Number(c[1]), Number(c[2]), Number(c[3]));
    return undefined;
  },
  kindOf: [
    [/epidemic|pandemic|outbreak|infectious/i, "epidemic"],
    [/crisis|communication|information|emergency|joint information/i, "crisis-comms"],
  ],
  untitled: "(title to be set)",
};
