// Field errors of VALIDATION_FAILED: zod issues and lib/fiscal issues carry i18n keys of the
// `device` namespace; the device API answers with their Russian text and a dotted field path.
import type { z } from "zod";
import { translatorFor } from "@/lib/i18n/translator";
import type { FieldError } from "./errors";

let ru: ReturnType<typeof translatorFor> | null = null;

export function text(key: string): string {
  ru ??= translatorFor("ru");
  const k = key.startsWith("device.v.") ? key : "device.v.invalid";
  return ru(k as Parameters<typeof ru>[0]);
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : `${out ? "." : ""}${String(p)}`;
  return out || "body";
}

export function fieldsFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        out.push({
          field: fieldPath([...prefix, ...issue.path, key]),
          message: text("device.v.unknownField"),
        });
    } else {
      out.push({ field: fieldPath([...prefix, ...issue.path]), message: text(issue.message) });
    }
  }
  return out.slice(0, 50);
}

export function translateFields(fields: readonly { field: string; message: string }[]): FieldError[] {
  return fields.map((f) => ({ field: f.field, message: text(f.message) }));
}
