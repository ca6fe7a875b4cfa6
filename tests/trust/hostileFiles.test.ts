/**
 * Files that are not workbooks chitieu can read: each is refused with the catalogue's message in both
 * languages, exit 1, no stack trace, and the file left as it was. Made at test time: LibreOffice writes the real
 * password-protected .xlsx, .xls and .ods (CHITIEU_SKIP_LIBREOFFICE=1 skips those); JSZip the rest.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { type Message, message, type MessageKey } from "../../src/core/i18n/messages";
import {
  minimalOds,
  officeFiles,
  type OfficeFiles,
  plainZip,
  SAMPLE_MAPPING,
  wordDocument,
  workbookWithoutSheets,
} from "../../scripts/fixtures/hostile";
import { runCli } from "../support/runCli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-hostile-files-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const STACK = /\n\s+at .+:\d+:\d+/;

/** What the person must read: the catalogue's text in full, or for `file.notXlsx` its text around a detail. */
type Expected = { key: MessageKey; detail?: { vi: string; en: string } };

function expectedText(file: string, e: Expected): Message {
  const name = path.basename(file);
  return {
    vi: message(e.key, { path: name, detail: e.detail?.vi ?? "" }).vi,
    en: message(e.key, { path: name, detail: e.detail?.en ?? "" }).en,
  };
}

/** Runs `summarize` and `map` on the file in-process: both refuse it the same way and leave it unchanged. */
async function expectRefused(file: string, expected: Expected): Promise<void> {
  const before = fs.readFileSync(file);
  const text = expectedText(file, expected);
  for (const argv of [
    ["summarize", file, "--mapping", SAMPLE_MAPPING],
    ["summarize", file],
    ["map", file, "--save", path.join(dir, "copy.xlsx")],
  ]) {
    const run = await runCli(argv);
    expect({ argv: argv.slice(0, 1), code: run.code }).toEqual({ argv: argv.slice(0, 1), code: 1 });
    expect(run.err).toContain(`Lỗi: ${text.vi}\nError: ${text.en}\n`);
    expect(run.err + run.out).not.toMatch(STACK);
  }
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  expect(fs.existsSync(path.join(dir, "copy.xlsx"))).toBe(false);
}

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe("zip files that are not .xlsx", () => {
  test("an OpenDocument spreadsheet renamed .xlsx is named as .ods, with how to save it as .xlsx", async () => {
    await expectRefused(write("bao-cao-ods.xlsx", await minimalOds()), { key: "file.ods" });
  });

  test("an .ods whose mimetype entry is compressed and not first is still an .ods", async () => {
    await expectRefused(write("ods-lech.xlsx", await minimalOds({ mimetypeFirst: false })), {
      key: "file.ods",
    });
  });

  test("a Word document renamed .xlsx is named as one", async () => {
    await expectRefused(write("cong-van.xlsx", await wordDocument()), {
      key: "file.notXlsx",
      detail: { vi: "đây là tài liệu Word (.docx)", en: "it is a Word document (.docx)" },
    });
  });

  test("a zip with no workbook inside is named as one", async () => {
    await expectRefused(write("thu-muc.xlsx", await plainZip()), {
      key: "file.notXlsx",
      detail: {
        vi: "tệp nén .zip không có sổ tính bên trong",
        en: "it is a zip archive with no workbook inside",
      },
    });
  });

  test("a workbook with no sheet is refused rather than read as empty", async () => {
    await expectRefused(write("khong-trang.xlsx", await workbookWithoutSheets()), {
      key: "file.notXlsx",
      detail: { vi: "sổ tính không có trang nào", en: "the workbook has no sheets" },
    });
  });
});

const skipLibreOffice = process.env.CHITIEU_SKIP_LIBREOFFICE === "1";
if (skipLibreOffice)
  console.log(
    "hostileFiles.test.ts: CHITIEU_SKIP_LIBREOFFICE=1, so the files LibreOffice makes are skipped.",
  );

(skipLibreOffice ? describe.skip : describe)("files LibreOffice writes", () => {
  let files: OfficeFiles;
  const renamed = (from: string, name: string) => write(name, fs.readFileSync(from));

  beforeAll(() => {
    files = officeFiles(dir);
  }, 60_000);

  test("an .xlsx with a password to open says so and how to remove the password", async () => {
    await expectRefused(files.passwordXlsx, { key: "file.passwordProtected" });
  });

  test("an Excel 97–2003 .xls renamed .xlsx is named as .xls", async () => {
    await expectRefused(renamed(files.xls, "bao-cao-cu.xlsx"), {
      key: "file.notXlsx",
      detail: { vi: "đây là sổ tính Excel 97–2003 dạng .xls", en: "it is an Excel 97–2003 .xls workbook" },
    });
  });

  test("an .ods written by LibreOffice and renamed .xlsx is named as .ods", async () => {
    await expectRefused(renamed(files.ods, "bang-tinh.xlsx"), { key: "file.ods" });
  });

  describe("the installed command", () => {
    const bin = path.join(__dirname, "..", "..", "bin", "chitieu.js");
    const exec = promisify(execFile);
    const fails = (argv: string[]) =>
      exec(process.execPath, [bin, ...argv]).then(
        () => null,
        (e: { code: number; stdout: string; stderr: string }) => e,
      );

    test("exits 1 on the password-protected .xlsx and on the .ods, printing only the two lines", async () => {
      for (const [file, key] of [
        [files.passwordXlsx, "file.passwordProtected"],
        [renamed(files.ods, "so-lieu.xlsx"), "file.ods"],
      ] as const) {
        const err = await fails(["summarize", file, "--mapping", SAMPLE_MAPPING]);
        const text = expectedText(file, { key });
        expect(err?.code).toBe(1);
        expect(err?.stderr).toBe(`Lỗi: ${text.vi}\nError: ${text.en}\n`);
        expect(err?.stdout).toBe("");
      }
    }, 30_000);
  });
});
