// Nomenclature (issue 7): items, the change feed for terminals, «Загрузить из Excel» with files made
// by LibreOffice and iconv (tests/fixtures/nomenclature), the error report, «Выгрузить в Excel».
import { readFileSync } from "node:fs";
import path from "node:path";
import { PassThrough, Writable } from "node:stream";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { setItemsArchived, archiveItem, restoreItem } from "@/lib/nomenclature/archive-items";
import { createItem } from "@/lib/nomenclature/create-item";
import { getErrorReportInfo, writeErrorReport } from "@/lib/nomenclature/excel/error-report";
import { exportItems } from "@/lib/nomenclature/excel/export-items";
import { buildTemplate } from "@/lib/nomenclature/excel/template";
import { findItems } from "@/lib/nomenclature/find-items";
import { findNomenclatureChanges } from "@/lib/nomenclature/find-nomenclature-changes";
import { getImportJob } from "@/lib/nomenclature/import/jobs";
import { previewImport } from "@/lib/nomenclature/import/preview-import";
import { resumeStaleImports } from "@/lib/nomenclature/import/resume-stale-imports";
import { runImportJob } from "@/lib/nomenclature/import/run-import-job";
import { startImport } from "@/lib/nomenclature/import/start-import";
import { uploadImport } from "@/lib/nomenclature/import/upload-import";
import { ZCreateItemInput, ZFindItemsQuery, ZUpdateItemInput } from "@/lib/nomenclature/schemas";
import { updateItem } from "@/lib/nomenclature/update-item";
import { type TenantContext, unsafeOrganizationId } from "@/lib/tenant/context";
import { seedTenant } from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";

const FIXTURES = path.resolve("tests/fixtures/nomenclature");
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const query = (q: Partial<Record<string, string>> = {}) => ZFindItemsQuery.parse(q);

async function tenant(country: "RU" | "KZ" = "RU") {
  const t = await seedTenant(db(), { country });
  return {
    ...t,
    owner: ctxFor(t.org, t.users.OWNER, "OWNER"),
    accountant: ctxFor(t.org, t.users.ACCOUNTANT, "ACCOUNTANT"),
  };
}

/** upload → preview → start → run, as the wizard and the background runner do. */
async function importFile(ctx: TenantContext, name: string, bytes: Uint8Array) {
  const job = await uploadImport(ctx, { name, bytes });
  const preview = await previewImport(ctx, job.id, job.mapping!);
  await startImport(ctx, job.id, job.mapping!);
  expect(await runImportJob(ctx.organizationId, job.id)).toBe("done");
  return { job: await getImportJob(ctx, job.id), preview, uploaded: job };
}

function item(input: Record<string, string>) {
  return ZCreateItemInput.parse({ type: "GOOD", unit: "PIECE", vatRate: "VAT22", ...input });
}

async function byArticle(organizationId: string, article: string) {
  return db().nomenclatureItem.findFirstOrThrow({
    where: { organizationId, article },
    include: { barcodes: { orderBy: { position: "asc" } } },
  });
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) =>
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v))),
    ),
  );
  return rows;
}

async function collect(write: (out: Writable) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise((r) => out.on("end", r));
  await write(out);
  await ended;
  return Buffer.concat(chunks);
}

describe("import of a LibreOffice .xlsx", () => {
  let t: Awaited<ReturnType<typeof tenant>>;
  beforeAll(async () => {
    t = await tenant();
  });

  it("guesses the columns from Russian headers, previews without writing, imports every row", async () => {
    const job = await uploadImport(t.owner, { name: "libreoffice.xlsx", bytes: fixture("libreoffice.xlsx") });
    expect(job.fileFormat).toBe("xlsx");
    expect(job.layout.cells).toEqual([
      "Наименование товара",
      "Код",
      "Штрих-код",
      "Вид",
      "Ед. изм.",
      "Цена, руб.",
      "Ставка НДС",
      "Группа",
    ]);
    expect(job.mapping).toEqual({
      name: 0,
      article: 1,
      barcodes: 2,
      type: 3,
      unit: 4,
      price: 5,
      vatRate: 6,
      section: 7,
    });

    const preview = await previewImport(t.owner, job.id, job.mapping!);
    expect(preview).toMatchObject({ total: 9, valid: 9, invalid: 0 });
    expect(await db().nomenclatureItem.count({ where: { organizationId: t.org.id } })).toBe(0);

    await startImport(t.owner, job.id, job.mapping!);
    expect(await runImportJob(t.owner.organizationId, job.id)).toBe("done");
    const done = await getImportJob(t.owner, job.id);
    expect(done).toMatchObject({
      status: "DONE",
      totalRows: 9,
      processedRows: 9,
      created: 9,
      updated: 0,
      skipped: 0,
      failed: 0,
      hasFile: false,
    });
  });

  it("stores what LibreOffice wrote: quoted names, numeric barcodes, weights, volumes, services, text prices", async () => {
    const milk = await byArticle(t.org.id, "LO-001");
    expect(milk).toMatchObject({
      name: 'Молоко "Домик в деревне" 3,2%, 930 мл',
      unit: "PIECE",
      type: "GOOD",
      price: 9890n,
      vatRate: "VAT10",
      section: "Молочные продукты",
    });
    expect(milk.barcodes.map((b) => b.barcode)).toEqual(["4607001771227"]);
    expect(await byArticle(t.org.id, "LO-002")).toMatchObject({ unit: "KILOGRAM", price: 84900n });
    expect(await byArticle(t.org.id, "LO-003")).toMatchObject({ unit: "LITER", vatRate: "VAT22" });
    expect(await byArticle(t.org.id, "LO-004")).toMatchObject({
      type: "SERVICE",
      unit: "SERVICE",
      vatRate: "NO_VAT",
    });
    const cable = await byArticle(t.org.id, "LO-005");
    expect(cable).toMatchObject({ unit: "METER", price: 129990n });
    expect(cable.barcodes.map((b) => b.barcode)).toEqual(["CODE128-ABC"]);
    const film = await byArticle(t.org.id, "LO-006");
    expect(film).toMatchObject({ unit: "SQUARE_METER", price: 450n });
    expect(film.barcodes.map((b) => b.barcode)).toEqual(["4600000000015", "4600000000022"]);
    // LibreOffice stored 0012345678905 as the number 12345678905; the leading zeros come back.
    expect((await byArticle(t.org.id, "LO-007")).barcodes.map((b) => b.barcode)).toEqual(["0012345678905"]);
    expect((await byArticle(t.org.id, "LO-008")).barcodes.map((b) => b.barcode)).toEqual(["96385074"]);
    const bag = await db().nomenclatureItem.findFirstOrThrow({
      where: { organizationId: t.org.id, name: "Пакет-майка" },
    });
    expect(bag).toMatchObject({ article: null, price: 900n });
  });

  it("re-importing the same file changes nothing: every row is skipped and no item moves in the change feed", async () => {
    const before = await findNomenclatureChanges(unsafeOrganizationId(t.org.id), "0", 1000);
    const again = await importFile(t.owner, "libreoffice.xlsx", fixture("libreoffice.xlsx"));
    expect(again.job).toMatchObject({ status: "DONE", created: 0, updated: 0, skipped: 9, failed: 0 });
    const after = await findNomenclatureChanges(unsafeOrganizationId(t.org.id), before.nextCursor, 1000);
    expect(after.items).toEqual([]);
    expect(await db().nomenclatureItem.count({ where: { organizationId: t.org.id } })).toBe(9);
  });

  it("an exported file imports back unchanged (the export has the template's columns)", async () => {
    const bytes = await collect((out) => exportItems(t.owner, { status: "all" }, "ru", out));
    const rows = await readXlsx(bytes);
    expect(rows[0]).toEqual([
      "Наименование",
      "Артикул",
      "Штрихкоды",
      "Тип",
      "Единица",
      "Цена",
      "НДС",
      "Раздел",
    ]);
    expect(rows).toHaveLength(10);
    expect(rows.find((r) => r[1] === "LO-002")).toEqual([
      "Сыр Российский весовой",
      "LO-002",
      "2100015000007",
      "Товар",
      "кг",
      "849",
      "НДС 10%",
      "Молочные продукты",
    ]);
    const back = await importFile(t.owner, "export.xlsx", new Uint8Array(bytes));
    expect(back.job).toMatchObject({ created: 0, updated: 0, skipped: 9, failed: 0 });
  });
});

describe("import of a Windows-1251 CSV with semicolons", () => {
  it("decodes Cyrillic, splits on semicolons, reads comma decimals and spaced thousands", async () => {
    const t = await tenant();
    const { job, uploaded } = await importFile(
      t.owner,
      "windows-1251-semicolon.csv",
      fixture("windows-1251-semicolon.csv"),
    );
    expect(uploaded.fileFormat).toBe("csv");
    expect(uploaded.layout.cells).toEqual([
      "Наименование",
      "Артикул",
      "Штрихкод",
      "Единица",
      "Цена",
      "НДС",
      "Раздел",
    ]);
    expect(job).toMatchObject({ status: "DONE", created: 4, failed: 0 });
    expect(await byArticle(t.org.id, "CP-1")).toMatchObject({
      name: 'Хлеб "Бородинский" 400 г',
      price: 6490n,
      vatRate: "VAT10",
      section: "Хлеб и выпечка",
    });
    expect(await byArticle(t.org.id, "CP-2")).toMatchObject({ name: "Яблоки Гала", unit: "KILOGRAM" });
    expect(await byArticle(t.org.id, "CP-3")).toMatchObject({
      name: "Ёлочная игрушка «Шар»",
      price: 35000n,
      vatRate: "VAT22",
    });
    expect(await byArticle(t.org.id, "CP-4")).toMatchObject({ name: "Мёд цветочный", price: 120050n });
  });
});

describe("a file with every kind of bad row", () => {
  let t: Awaited<ReturnType<typeof tenant>>;
  let jobId: string;
  beforeAll(async () => {
    t = await tenant();
  });

  it("the preview reports each row's errors before anything is written", async () => {
    const job = await uploadImport(t.owner, {
      name: "bad-rows-libreoffice.xlsx",
      bytes: fixture("bad-rows-libreoffice.xlsx"),
    });
    jobId = job.id;
    const preview = await previewImport(t.owner, job.id, job.mapping!);
    expect(preview).toMatchObject({ total: 13, valid: 1, invalid: 12 });
    const errors = Object.fromEntries(
      preview.errorRows.map((r) => [r.rowNumber, r.errors.map((e) => e.key)]),
    );
    expect(errors).toEqual({
      3: ["rowErrors.nameRequired"],
      4: ["rowErrors.priceNegative"],
      5: ["rowErrors.barcodeCheckDigit"],
      6: ["rowErrors.unitUnknown"],
      7: ["rowErrors.duplicateArticle"],
      8: ["rowErrors.vatExpired"],
      9: ["rowErrors.typeUnknown"],
      10: ["rowErrors.priceFormat"],
      11: ["rowErrors.pricePrecision"],
      12: ["rowErrors.duplicateBarcode"],
      13: ["rowErrors.serviceUnitForGood"],
      14: ["rowErrors.priceRequired"],
    });
    expect(preview.errorRows.find((r) => r.rowNumber === 7)!.errors[0].params).toEqual({
      article: "OK-1",
      row: 2,
    });
    expect(await db().nomenclatureItem.count({ where: { organizationId: t.org.id } })).toBe(0);
  });

  it("imports the good row, counts the bad ones as failed and offers them as .xlsx with an error column", async () => {
    const job = await getImportJob(t.owner, jobId);
    await startImport(t.owner, jobId, job.mapping!);
    expect(await runImportJob(t.owner.organizationId, jobId)).toBe("done");
    expect(await getImportJob(t.owner, jobId)).toMatchObject({ status: "DONE", created: 1, failed: 12 });
    expect(await db().nomenclatureItem.count({ where: { organizationId: t.org.id } })).toBe(1);

    const info = await getErrorReportInfo(t.owner, jobId, "ru");
    expect(info.fileName).toBe("bad-rows-libreoffice — ошибки.xlsx");
    const rows = await readXlsx(await collect((out) => writeErrorReport(t.owner, jobId, "ru", out)));
    expect(rows[0]).toEqual([
      "Строка файла",
      "Наименование",
      "Артикул",
      "Штрихкоды",
      "Тип",
      "Единица",
      "Цена",
      "НДС",
      "Раздел",
      "Ошибка",
    ]);
    expect(rows).toHaveLength(13);
    const byRow = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byRow.get("4")![2]).toBe("BAD-2");
    expect(byRow.get("4")![9]).toBe("Цена не может быть отрицательной");
    expect(byRow.get("5")![9]).toBe("Штрихкод 4600000000018: неверная контрольная цифра EAN");
    expect(byRow.get("6")![9]).toContain("Неизвестная единица «ящик»");
    expect(byRow.get("7")![9]).toBe("Артикул «OK-1» уже встречается в строке 2");
    expect(byRow.get("8")![9]).toBe("Ставка «НДС 20%» действовала по 31.12.2025");
    expect(byRow.get("3")![9]).toBe("Не заполнено наименование");
    // The same report in Kazakh for a Kazakh-speaking user.
    const kk = await readXlsx(await collect((out) => writeErrorReport(t.owner, jobId, "kk", out)));
    expect(kk[0][9]).toBe("Қате");
  });
});

describe("files the importer refuses with a clear message", () => {
  it(".xls, a broken .xlsx, an empty file and other formats", async () => {
    const t = await tenant();
    const refuse = (name: string, bytes: Uint8Array) => uploadImport(t.owner, { name, bytes });
    await expect(refuse("прайс.xls", fixture("libreoffice-old-format.xls"))).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      messageKey: "nomenclature.fileErrors.xls",
      field: "file",
    });
    // Renaming an .xls to .xlsx does not fool it: the bytes decide.
    await expect(refuse("прайс.xlsx", fixture("libreoffice-old-format.xls"))).rejects.toMatchObject({
      messageKey: "nomenclature.fileErrors.xls",
    });
    const good = fixture("libreoffice.xlsx");
    await expect(refuse("cut.xlsx", good.subarray(0, Math.floor(good.length / 2)))).rejects.toMatchObject({
      messageKey: "nomenclature.fileErrors.broken",
    });
    await expect(refuse("empty.csv", new Uint8Array())).rejects.toMatchObject({
      messageKey: "nomenclature.fileErrors.empty",
    });
    await expect(refuse("blank.csv", new TextEncoder().encode(";;;\n;;\n"))).rejects.toMatchObject({
      messageKey: "nomenclature.fileErrors.empty",
    });
    await expect(refuse("price.pdf", new TextEncoder().encode("%PDF-1.4"))).rejects.toMatchObject({
      messageKey: "nomenclature.fileErrors.unsupported",
    });
    expect(await db().importJob.count({ where: { organizationId: t.org.id } })).toBe(0);
  });
});

describe("upserting by article, else barcode, else name", () => {
  const csv = (lines: string[]) =>
    new TextEncoder().encode(["Наименование;Артикул;Штрихкоды;Единица;Цена;НДС", ...lines].join("\n"));

  it("updates by article, by barcode (taking the row's article), by name; restores an archived item", async () => {
    const t = await tenant();
    const a = await createItem(t.owner, item({ name: "Чай", article: "TEA", price: "100" }));
    const b = await createItem(t.owner, item({ name: "Кофе", barcodes: "4601234567893", price: "300" }));
    const c = await createItem(t.owner, item({ name: "Пакет", price: "5" }));
    const d = await createItem(t.owner, item({ name: "Сахар", article: "SUG", price: "90" }));
    await archiveItem(t.owner, d.id);

    const { job } = await importFile(
      t.owner,
      "update.csv",
      csv([
        "Чай чёрный;TEA;;;120;",
        "Кофе молотый;COF;4601234567893;;350;",
        "Пакет;;;;6;",
        "Сахар-песок;SUG;;кг;95;10%",
        "Соль;SALT;;;30;",
      ]),
    );
    expect(job).toMatchObject({ created: 1, updated: 4, skipped: 0, failed: 0 });
    expect(await db().nomenclatureItem.findFirstOrThrow({ where: { id: a.id } })).toMatchObject({
      name: "Чай чёрный",
      price: 12000n,
      vatRate: "VAT22",
    });
    expect(await db().nomenclatureItem.findFirstOrThrow({ where: { id: b.id } })).toMatchObject({
      name: "Кофе молотый",
      article: "COF",
      price: 35000n,
    });
    expect(await db().nomenclatureItem.findFirstOrThrow({ where: { id: c.id } })).toMatchObject({
      price: 600n,
    });
    expect(await db().nomenclatureItem.findFirstOrThrow({ where: { id: d.id } })).toMatchObject({
      archivedAt: null,
      unit: "KILOGRAM",
      vatRate: "VAT10",
    });
    expect(await db().nomenclatureItem.count({ where: { organizationId: t.org.id } })).toBe(5);
  });

  it("fails a row whose barcode belongs to another item, and one whose barcode has another article", async () => {
    const t = await tenant();
    await createItem(t.owner, item({ name: "Вода", article: "W1", barcodes: "4601234567893", price: "50" }));
    await createItem(t.owner, item({ name: "Сок", article: "J1", price: "150" }));
    const first = await importFile(t.owner, "taken.csv", csv(["Сок яблочный;J1;4601234567893;;160;"]));
    const second = await importFile(t.owner, "other-article.csv", csv(["Вода газ;W2;4601234567893;;55;"]));
    expect(first.job).toMatchObject({ created: 0, updated: 0, failed: 1 });
    expect(second.job).toMatchObject({ created: 0, updated: 0, failed: 1 });
    const errors = await db().importJobError.findMany({
      where: { organizationId: t.org.id, jobId: { in: [first.job.id, second.job.id] } },
    });
    expect(errors.find((e) => e.jobId === first.job.id)!.messages).toEqual([
      { key: "rowErrors.barcodeTaken", params: { barcode: "4601234567893", name: "Вода" } },
    ]);
    expect(errors.find((e) => e.jobId === second.job.id)!.messages).toEqual([
      { key: "rowErrors.barcodeOtherArticle", params: { barcode: "4601234567893", article: "W1" } },
    ]);
    expect(await byArticle(t.org.id, "J1")).toMatchObject({ price: 15000n });
  });

  it("remembers the confirmed column mapping for the organization's next file", async () => {
    const t = await tenant();
    const odd = new TextEncoder().encode("Позиция;Розница;Внутренний номер\nХлеб;50;X-1\n");
    const first = await uploadImport(t.owner, { name: "odd.csv", bytes: odd });
    expect(first.mapping).toMatchObject({ name: null, price: null, article: null });
    await startImport(t.owner, first.id, { ...first.mapping!, name: 0, price: 1, article: 2 });
    const second = await uploadImport(t.owner, { name: "odd-2.csv", bytes: odd });
    expect(second.mapping).toMatchObject({ name: 0, price: 1, article: 2 });
    // Another organization does not see this one's memory.
    const other = await tenant();
    expect((await uploadImport(other.owner, { name: "odd.csv", bytes: odd })).mapping).toMatchObject({
      name: null,
    });
  });
});

describe("a background import that survives a server restart", () => {
  it("resumes from the last committed chunk without duplicating rows", async () => {
    const t = await tenant();
    const lines = Array.from({ length: 9 }, (_, i) => `Товар ${i + 1};R-${i + 1};${i + 10}`);
    const bytes = new TextEncoder().encode(["Наименование;Артикул;Цена", ...lines].join("\n"));
    const job = await uploadImport(t.owner, { name: "resume.csv", bytes });
    await previewImport(t.owner, job.id, job.mapping!);
    await startImport(t.owner, job.id, job.mapping!);

    // The first server dies after its first chunk of 4 rows has committed.
    await expect(
      runImportJob(t.owner.organizationId, job.id, {
        chunkRows: 4,
        afterChunk: () => {
          throw new Error("SIGKILL");
        },
      }),
    ).rejects.toThrow("SIGKILL");
    expect(await getImportJob(t.owner, job.id)).toMatchObject({
      status: "RUNNING",
      processedRows: 4,
      created: 4,
      needsRunner: false,
    });

    // While its heartbeat is fresh nobody else may take the job over.
    expect(await runImportJob(t.owner.organizationId, job.id)).toBe("not-claimed");
    await db().importJob.updateMany({
      where: { id: job.id },
      data: { heartbeatAt: new Date(Date.now() - 5 * 60_000) },
    });
    expect((await getImportJob(t.owner, job.id)).needsRunner).toBe(true);

    // The scheduled sweep (every minute) hands it to a runner, which goes on from row 5.
    expect(await resumeStaleImports(new Date(), { wait: true })).toBeGreaterThanOrEqual(1);
    expect(await getImportJob(t.owner, job.id)).toMatchObject({
      status: "DONE",
      processedRows: 9,
      created: 9,
      failed: 0,
    });
    expect(await runImportJob(t.owner.organizationId, job.id)).toBe("not-claimed");
    expect(await db().nomenclatureItem.count({ where: { organizationId: t.org.id } })).toBe(9);
  });

  it("two servers racing for one queued job: exactly one runs it", async () => {
    const t = await tenant();
    const job = await uploadImport(t.owner, {
      name: "race.csv",
      bytes: new TextEncoder().encode("Наименование;Цена\nА;1\nБ;2\n"),
    });
    await startImport(t.owner, job.id, job.mapping!);
    const outcomes = await Promise.all([
      runImportJob(t.owner.organizationId, job.id),
      runImportJob(t.owner.organizationId, job.id),
    ]);
    expect(outcomes.sort()).toEqual(["done", "not-claimed"]);
    expect(await db().nomenclatureItem.count({ where: { organizationId: t.org.id } })).toBe(2);
  });

  it("a started import cannot be previewed or started again", async () => {
    const t = await tenant();
    const job = await uploadImport(t.owner, {
      name: "once.csv",
      bytes: new TextEncoder().encode("Наименование;Цена\nА;1\n"),
    });
    await startImport(t.owner, job.id, job.mapping!);
    await expect(startImport(t.owner, job.id, job.mapping!)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(previewImport(t.owner, job.id, job.mapping!)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("items: create, update, archive, with the audit log", () => {
  it("creates an item with its barcodes and an audit row", async () => {
    const t = await tenant();
    const created = await createItem(
      t.owner,
      item({
        name: " Сыр  Гауда ",
        article: "GOUDA",
        barcodes: "4601234567893, 96385074",
        unit: "KILOGRAM",
        price: "989,00",
        vatRate: "VAT10",
      }),
    );
    expect(created).toMatchObject({
      name: "Сыр Гауда",
      article: "GOUDA",
      barcodes: ["4601234567893", "96385074"],
      unit: "KILOGRAM",
      price: 98900,
      vatRate: "VAT10",
    });
    const log = await db().auditLog.findFirstOrThrow({
      where: { organizationId: t.org.id, action: "nomenclature.create" },
    });
    expect(log).toMatchObject({ objectId: created.id, userId: t.users.OWNER.id });
  });

  it("refuses a taken article or barcode with the field and the holder, and an expired VAT rate", async () => {
    const t = await tenant();
    await createItem(t.owner, item({ name: "Хлеб", article: "BR", barcodes: "4601234567893", price: "50" }));
    await expect(
      createItem(t.owner, item({ name: "Батон", article: "BR", price: "40" })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      field: "article",
      params: { article: "BR", name: "Хлеб" },
    });
    await expect(
      createItem(t.owner, item({ name: "Батон", barcodes: "4601234567893", price: "40" })),
    ).rejects.toMatchObject({ code: "CONFLICT", field: "barcodes" });
    // VAT 20 % ended on 31.12.2025 (22 % since 01.01.2026).
    await expect(
      createItem(t.owner, item({ name: "Батон", price: "40", vatRate: "VAT20" })),
    ).rejects.toMatchObject({ field: "vatRate" });
    await expect(
      createItem(t.owner, item({ name: "Батон", price: "40", vatRate: "VAT12" })),
    ).rejects.toMatchObject({ field: "vatRate" });
    expect(await db().nomenclatureItem.count({ where: { organizationId: t.org.id } })).toBe(1);
  });

  it("the form schema gives field-level keys", () => {
    const r = ZCreateItemInput.safeParse({
      name: "",
      barcodes: "4601234567890",
      type: "GOOD",
      unit: "SERVICE",
      price: "-1",
      vatRate: "VAT22",
    });
    expect(r.success).toBe(false);
    const fields = Object.fromEntries(r.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(fields).toMatchObject({
      name: "v.required",
      barcodes: "nomenclature.v.barcodeCheckDigit",
      price: "nomenclature.v.priceNegative",
    });
  });

  it("updates with a diff in the audit log, refuses a stale form, archives and restores", async () => {
    const t = await tenant();
    const it1 = await createItem(
      t.owner,
      item({ name: "Вода", article: "W", barcodes: "4601234567893", price: "50" }),
    );
    const input = (extra: Record<string, string>) =>
      ZUpdateItemInput.parse({
        id: it1.id,
        name: "Вода",
        article: "W",
        barcodes: "4601234567893",
        type: "GOOD",
        unit: "PIECE",
        price: "50",
        vatRate: "VAT22",
        ...extra,
      });
    const updated = await updateItem(
      t.owner,
      input({ price: "55,50", barcodes: "96385074", version: it1.version }),
    );
    expect(updated).toMatchObject({ price: 5550, barcodes: ["96385074"] });
    const log = await db().auditLog.findFirstOrThrow({
      where: { organizationId: t.org.id, action: "nomenclature.update" },
    });
    expect(log.details).toMatchObject({
      changes: { price: ["5000", "5550"], barcodes: ["4601234567893", "96385074"] },
    });
    await expect(updateItem(t.owner, input({ price: "60", version: it1.version }))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // The old barcode is free again.
    await createItem(t.owner, item({ name: "Сок", barcodes: "4601234567893", price: "90" }));

    await archiveItem(t.owner, it1.id);
    expect((await findItems(t.owner, query())).items.map((i) => i.id)).not.toContain(it1.id);
    expect((await findItems(t.owner, query({ status: "archived" }))).items.map((i) => i.id)).toEqual([
      it1.id,
    ]);
    await restoreItem(t.owner, it1.id);
    expect((await findItems(t.owner, query())).items.map((i) => i.id)).toContain(it1.id);
    expect(
      await db().auditLog.count({
        where: { organizationId: t.org.id, action: { in: ["nomenclature.archive", "nomenclature.restore"] } },
      }),
    ).toBe(2);
  });

  it("searches by name, article and exact barcode, pages on the server", async () => {
    const t = await tenant();
    for (let i = 1; i <= 12; i++)
      await createItem(
        t.owner,
        item({ name: `Печенье ${String(i).padStart(2, "0")}`, article: `CK-${i}`, price: "10" }),
      );
    await createItem(
      t.owner,
      item({ name: "Молоко", article: "MILK", barcodes: "4601234567893", price: "80" }),
    );
    expect((await findItems(t.owner, query({ q: "печенье", pageSize: "10" }))).total).toBe(12);
    const p2 = await findItems(t.owner, query({ q: "печенье", pageSize: "10", page: "2" }));
    expect(p2.items.map((i) => i.name)).toEqual(["Печенье 11", "Печенье 12"]);
    expect(p2.pages).toBe(2);
    expect((await findItems(t.owner, query({ q: "milk" }))).items.map((i) => i.name)).toEqual(["Молоко"]);
    expect((await findItems(t.owner, query({ q: "4601234567893" }))).items.map((i) => i.name)).toEqual([
      "Молоко",
    ]);
    expect((await findItems(t.owner, query({ q: "460123" }))).total).toBe(0);
  });

  it("an accountant may read and export but not change", async () => {
    const t = await tenant();
    await createItem(t.owner, item({ name: "Хлеб", price: "50" }));
    expect((await findItems(t.accountant, query())).total).toBe(1);
    await expect(createItem(t.accountant, item({ name: "Батон", price: "40" }))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      uploadImport(t.accountant, {
        name: "a.csv",
        bytes: new TextEncoder().encode("Наименование;Цена\nА;1\n"),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const rows = await readXlsx(
      await collect((out) => exportItems(t.accountant, { status: "all" }, "ru", out)),
    );
    expect(rows).toHaveLength(2);
  });
});

describe("tenant scoping", () => {
  it("another organization's ids are NOT_FOUND and never change anything", async () => {
    const mine = await tenant();
    const theirs = await tenant();
    const foreign = await createItem(
      theirs.owner,
      item({ name: "Чужой товар", article: "F-1", price: "10" }),
    );
    const foreignJob = await uploadImport(theirs.owner, {
      name: "f.csv",
      bytes: new TextEncoder().encode("Наименование;Цена\nА;1\n"),
    });

    const upd = ZUpdateItemInput.parse({
      id: foreign.id,
      name: "Взлом",
      type: "GOOD",
      unit: "PIECE",
      price: "1",
      vatRate: "VAT22",
    });
    await expect(updateItem(mine.owner, upd)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(archiveItem(mine.owner, foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await setItemsArchived(mine.owner, [foreign.id], true)).toBe(0);
    await expect(getImportJob(mine.owner, foreignJob.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(previewImport(mine.owner, foreignJob.id, foreignJob.mapping!)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(startImport(mine.owner, foreignJob.id, foreignJob.mapping!)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getErrorReportInfo(mine.owner, foreignJob.id, "ru")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getImportJob(mine.owner, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await db().nomenclatureItem.findFirstOrThrow({ where: { id: foreign.id } })).toMatchObject({
      name: "Чужой товар",
      archivedAt: null,
    });
    expect((await findItems(mine.owner, query({ q: "Чужой", status: "all" }))).total).toBe(0);
    // An article or a barcode is unique per organization, not across them.
    await createItem(mine.owner, item({ name: "Свой товар", article: "F-1", price: "10" }));
    // The same file imported by another organization creates its own items.
    const { job } = await importFile(mine.owner, "libreoffice.xlsx", fixture("libreoffice.xlsx"));
    expect(job.created).toBe(9);
    expect(
      (await findNomenclatureChanges(unsafeOrganizationId(theirs.org.id), "0", 100)).items.map((i) => i.name),
    ).toEqual(["Чужой товар"]);
  });
});

describe("the change feed for terminals (findNomenclatureChanges)", () => {
  it("pages through every change in order; edits and archiving move an item to the end", async () => {
    const t = await tenant("KZ");
    const a = await createItem(t.owner, item({ name: "Нан", price: "250", vatRate: "VAT16" }));
    const b = await createItem(
      t.owner,
      item({ name: "Курт", unit: "KILOGRAM", price: "6500", vatRate: "VAT16", barcodes: "4870123456789" }),
    );
    const c = await createItem(
      t.owner,
      item({ name: "Доставка", type: "SERVICE", unit: "SERVICE", price: "1500", vatRate: "NO_VAT" }),
    );

    const first = await findNomenclatureChanges(unsafeOrganizationId(t.org.id), "0", 2);
    expect(first.items.map((i) => i.id)).toEqual([a.id, b.id]);
    expect(first.hasMore).toBe(true);
    expect(first.items[1]).toMatchObject({
      name: "Курт",
      unit: { id: "KILOGRAM", code: "166", name: "кг", fractional: true },
      price: 650000,
      vatRate: { code: "VAT16", rateBasisPoints: 1600 },
      barcodes: ["4870123456789"],
      archived: false,
    });
    const second = await findNomenclatureChanges(unsafeOrganizationId(t.org.id), first.nextCursor, 2);
    expect(second.items.map((i) => i.id)).toEqual([c.id]);
    expect(second.items[0].unit).toMatchObject({ code: "5114" });
    expect(second.hasMore).toBe(false);
    const idle = await findNomenclatureChanges(unsafeOrganizationId(t.org.id), second.nextCursor, 2);
    expect(idle).toEqual({ items: [], nextCursor: second.nextCursor, hasMore: false });

    await updateItem(
      t.owner,
      ZUpdateItemInput.parse({
        id: a.id,
        name: "Нан тандырный",
        type: "GOOD",
        unit: "PIECE",
        price: "260",
        vatRate: "VAT16",
      }),
    );
    await archiveItem(t.owner, c.id);
    const later = await findNomenclatureChanges(unsafeOrganizationId(t.org.id), second.nextCursor, 10);
    expect(later.items.map((i) => [i.name, i.archived])).toEqual([
      ["Нан тандырный", false],
      ["Доставка", true],
    ]);
    expect(BigInt(later.nextCursor)).toBeGreaterThan(BigInt(second.nextCursor));
  });

  it("uses RU ФФД 1.2 tag 2108 codes for a Russian organization and validates its arguments", async () => {
    const t = await tenant("RU");
    await createItem(t.owner, item({ name: "Квас", unit: "LITER", price: "89" }));
    const feed = await findNomenclatureChanges(unsafeOrganizationId(t.org.id), 0, 10);
    expect(feed.items[0].unit).toEqual({ id: "LITER", code: "41", name: "л", fractional: true });
    await expect(findNomenclatureChanges(unsafeOrganizationId(t.org.id), "-1", 10)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
    await expect(findNomenclatureChanges(unsafeOrganizationId(t.org.id), "abc", 10)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
    await expect(findNomenclatureChanges(unsafeOrganizationId(t.org.id), "0", 0)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
    await expect(
      findNomenclatureChanges(unsafeOrganizationId("00000000-0000-0000-0000-000000000000"), "0", 10),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the template", () => {
  it("has the columns, an example row that passes validation, and lists of units and VAT rates", async () => {
    const t = await tenant();
    const { fileName, bytes } = await buildTemplate(t.owner, "ru");
    expect(fileName).toBe("Шаблон номенклатуры.xlsx");
    const rows = await readXlsx(bytes);
    expect(rows[0]).toEqual([
      "Наименование",
      "Артикул",
      "Штрихкоды",
      "Тип",
      "Единица",
      "Цена",
      "НДС",
      "Раздел",
    ]);
    expect(rows).toHaveLength(2);
    const job = await uploadImport(t.owner, { name: fileName, bytes: new Uint8Array(bytes) });
    expect(await previewImport(t.owner, job.id, job.mapping!)).toMatchObject({ total: 1, valid: 1 });
  });
});
