import { writeFileSync, closeSync, openSync, ftruncateSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { zipSync, strToU8 } from "fflate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readImportBytes, MAX_IMPORT_BYTES } from "../../src/import/read/read-input.js";
import { command } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

const dir = tempDir("planwright-import-bad-");
function file(name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

/** A refusal: exit 1, the file named, what to do, and no stack trace or draft. */
async function refused(path: string, message: RegExp): Promise<void> {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.yaml`);
  const r = await command(["import", path, "--out", out]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at .*:\d+/);
  expect(r.stderr).not.toContain("internal error");
  expect(() => openSync(out, "r")).toThrow();
}

describe("import: bad input is refused with a clear message and exit 1", () => {
  it("a damaged DOCX", async () => {
    const zip = zipSync({ "word/document.xml": strToU8("<w:document><w:body><w:p>") });
    await refused(file("truncated.docx", zip.subarray(0, zip.length - 30)), /truncated\.docx is damaged.*\n.*save it again/);
    await refused(file("broken-xml.docx", zipSync({ "word/document.xml": strToU8("<w:document><w:body><w:p><w:r><w:t>x</w:r></w:body>") })), /broken-xml\.docx is damaged/);
    await refused(file("not-word.docx", zipSync({ "xl/workbook.xml": strToU8("<workbook/>") })), /not a Word document/);
  });

  it("a password-protected DOCX and an old .doc", async () => {
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from("EncryptionInfo", "utf16le").copy(cfb, 1024);
    await refused(file("secret.docx", cfb), /secret\.docx is protected by a password[\s\S]*remove the password/);
    const doc = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(doc);
    await refused(file("old.doc", doc), /Word 97–2003[\s\S]*save it as \.docx/);
  });

  it("an empty file, a file of blanks, a binary file", async () => {
    await refused(file("empty.docx", ""), /empty\.docx is empty/);
    await refused(file("blank.txt", "\n  \n\t\n"), /blank\.txt holds no text/);
    await refused(file("binary.txt", Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0x00, 0x10])), /neither a Word document/);
  });

  it("a scanned PDF with no text", async () => {
    const pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Resources << /XObject << /Im0 4 0 R >> >> >> endobj\n%%EOF\n";
    await refused(file("scan.pdf", pdf), /scan\.pdf is a PDF[\s\S]*text recognition \(OCR\)/);
  });

  it("a 50 MB file, without reading it", async () => {
    const big = join(dir, "big.docx");
    const fd = openSync(big, "w");
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    await refused(big, /big\.docx is too large to be a plan/);
  });

  it("usage errors exit 2: no such file, a folder, an unknown locale, a draft that exists", async () => {
    expect((await command(["import", join(dir, "missing.docx")])).code).toBe(2);
    mkdirSync(join(dir, "folder"), { recursive: true });
    expect((await command(["import", join(dir, "folder")])).code).toBe(2);
    const plan = file("plan.txt", "方案\n一、总则\n为做好工作，制定本方案。\n");
    expect((await command(["import", plan, "--locale", "fr"])).code).toBe(2);
    const out = file("exists.yaml", "x: 1\n");
    const r = await command(["import", plan, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already exists; use --force/);
  });

  it("fuzz: any bytes are read or refused, never thrown (fast-check)", () => {
    const docx = zipSync({ "word/document.xml": strToU8('<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>一、总则</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>姓名</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>') });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.nat(docx.length - 1), fc.uint8Array({ minLength: 1, maxLength: 12 }), (random, at, patch) => {
        for (const bytes of [random, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...random]), mutate(docx, at, patch)]) {
          for (const name of ["plan.docx", "plan.md", "plan.txt"]) {
            const r = readImportBytes(bytes, name);
            if (!r.ok) expect(r.message.length).toBeGreaterThan(0);
            else expect(Array.isArray(r.outline.blocks)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(MAX_IMPORT_BYTES).toBeLessThan(50 * 1024 * 1024);
  });
});

function mutate(bytes: Uint8Array, at: number, patch: Uint8Array): Uint8Array {
  const out = Uint8Array.from(bytes);
  out.set(patch.subarray(0, out.length - at), at);
  return out;
}
