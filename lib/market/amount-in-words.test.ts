import { describe, expect, it } from "vitest";
import { amountInWords } from "./amount-in-words";

describe("сумма прописью (issue 15.18)", () => {
  it("roubles with kopecks, the Russian plural forms and the feminine thousand", () => {
    expect(amountInWords(440000n, "RUB")).toBe("Четыре тысячи четыреста рублей 00 копеек");
    expect(amountInWords(100n, "RUB")).toBe("Один рубль 00 копеек");
    expect(amountInWords(201n, "RUB")).toBe("Два рубля 01 копейка");
    expect(amountInWords(1102n, "RUB")).toBe("Одиннадцать рублей 02 копейки");
    expect(amountInWords(2111n, "RUB")).toBe("Двадцать один рубль 11 копеек");
    expect(amountInWords(100000n, "RUB")).toBe("Одна тысяча рублей 00 копеек");
    expect(amountInWords(200000n, "RUB")).toBe("Две тысячи рублей 00 копеек");
    expect(amountInWords(1_234_567_89n, "RUB")).toBe(
      "Один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь рублей 89 копеек",
    );
    expect(amountInWords(0n, "RUB")).toBe("Ноль рублей 00 копеек");
    expect(amountInWords(11_000_000_00n, "RUB")).toBe("Одиннадцать миллионов рублей 00 копеек");
  });

  it("tenge with tiyn", () => {
    expect(amountInWords(1900000n, "KZT")).toBe("Девятнадцать тысяч тенге 00 тиын");
    expect(amountInWords(15005050n, "KZT")).toBe("Сто пятьдесят тысяч пятьдесят тенге 50 тиын");
    expect(amountInWords(1900000n, "KZT", "kk")).toBe("Он тоғыз мың теңге 00 тиын");
    expect(amountInWords(245_100n, "KZT", "kk")).toBe("Екі мың төрт жүз елу бір теңге 00 тиын");
    expect(amountInWords(1900000n, "KZT", "en")).toBe("Nineteen thousand tenge 00 tiyn");
    expect(amountInWords(440050n, "RUB", "en")).toBe("Four thousand four hundred roubles 50 kopecks");
  });
});
