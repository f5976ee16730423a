import { parse, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { namespaces } from "./index";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** ICU argument names used anywhere in a message (plural/select branches included). */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if ("value" in el && typeof el.value === "string" && el.type !== 0) names.add(el.value);
      if ("options" in el) for (const o of Object.values(el.options)) walk(o.value);
      if ("children" in el) walk(el.children);
    }
  };
  walk(parse(text, { ignoreTag: true }));
  return [...names].sort();
}

function get(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], obj);
}

describe("translations", () => {
  for (const [ns, m] of Object.entries(namespaces)) {
    it(`${ns}: kk and en have exactly the keys of ru, non-empty, with the same placeholders`, () => {
      const ru = keys(m.ru).sort();
      for (const locale of ["kk", "en"] as const) {
        expect(keys(m[locale]).sort(), `${ns}.${locale}`).toEqual(ru);
        for (const k of ru) {
          const value = get(m[locale], k);
          expect(typeof value === "string" && value.trim().length > 0, `${ns}.${locale}.${k} is empty`).toBe(
            true,
          );
          expect(placeholders(value as string), `${ns}.${locale}.${k}`).toEqual(
            placeholders(get(m.ru, k) as string),
          );
        }
      }
    });
  }
});
