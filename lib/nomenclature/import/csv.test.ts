import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeCsv, detectDelimiter, parseCsv } from "./csv";

describe("CSV decoding", () => {
  it("reads UTF-8 with and without a BOM", () => {
    const text = "Наименование;Цена\nХлеб;45,00\n";
    expect(decodeCsv(new Uint8Array(Buffer.from(text, "utf8")))).toEqual({ text, encoding: "utf-8" });
    expect(
      decodeCsv(new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))),
    ).toEqual({ text, encoding: "utf-8" });
  });

  it("falls back to Windows-1251 for bytes that are not UTF-8", () => {
    const text = "Наименование;Цена\nМолоко «Домик»;89,90\n";
    const bytes = new Uint8Array(iconv.encode(text, "win1251"));
    expect(decodeCsv(bytes)).toEqual({ text, encoding: "windows-1251" });
  });
});

describe("CSV delimiter and parsing", () => {
  it("detects semicolons, commas and tabs by the header line, ignoring quoted ones", () => {
    expect(detectDelimiter("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectDelimiter('name,price,"a;b"\nx,1,2')).toBe(",");
    expect(detectDelimiter('"Цена, руб.";Наименование\n')).toBe(";");
    expect(detectDelimiter("a\tb\tc\n")).toBe("\t");
    expect(detectDelimiter("\n\nname,price\n")).toBe(",");
  });

  it("parses quotes, doubled quotes, separators and line breaks inside quotes, CRLF", () => {
    const rows = [
      ...parseCsv(
        'name;price\r\n"Сыр ""Российский""; 45%";"1 299,00"\r\n"Две\nстроки";5\r\nбез кавычек;7',
        ";",
      ),
    ];
    expect(rows).toEqual([
      ["name", "price"],
      ['Сыр "Российский"; 45%', "1 299,00"],
      ["Две\nстроки", "5"],
      ["без кавычек", "7"],
    ]);
  });

  it("keeps empty fields", () => {
    expect([...parseCsv("a,,c\n,,\n", ",")]).toEqual([
      ["a", "", "c"],
      ["", "", ""],
    ]);
  });
});
