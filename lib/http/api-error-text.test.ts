import { describe, expect, it } from "vitest";
import { apiErrorText } from "./api-error-text";

const messages: Record<string, string> = {
  "errors.INTERNAL_ERROR": "Непредвиденная ошибка",
  "receipts.export.errors.tooLong": "Период не больше {days} дней",
};
const t = Object.assign(
  (key: string, values: Record<string, string | number> = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k])),
  { has: (key: string) => key in messages },
);

describe("apiErrorText", () => {
  it("words a refusal by its message key and params", () => {
    expect(
      apiErrorText(t, { error: { message: "receipts.export.errors.tooLong", params: { days: 31 } } }),
    ).toBe("Период не больше 31 дней");
  });
  it("reads an unknown key, a non-string key or no JSON as the internal error", () => {
    expect(apiErrorText(t, { error: { message: "no.such.key" } })).toBe("Непредвиденная ошибка");
    expect(apiErrorText(t, { error: { message: 42 } })).toBe("Непредвиденная ошибка");
    expect(apiErrorText(t, null)).toBe("Непредвиденная ошибка");
  });
});
