// Issue 15.11: the journal shows a human label for every audit action, object type and detail
// field, in ru, kk and en — never a raw identifier (`receipt.send`, `nomenclatureItem`, `cashboxId`).
// The actions, object types and detail fields are read from the source (every audit(),
// auditSystem(), auditSql(), auditLog.create() call and INSERT INTO "AuditLog"), so a new action
// without its labels fails here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import journal from "@/lib/i18n/messages/journal";

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory())
      return name === "generated" || name === "node_modules" ? [] : sourceFiles(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

const CALL = /\b(?:audit|auditSystem|auditSql)\(|auditLog\.create\(/g;

/** Top-level keys of the object literal that starts right after `{` at `text[0]`. */
function topKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let expectKey = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === "`") {
      const end = text.indexOf(c, i + 1);
      i = end < 0 ? text.length : end;
      expectKey = false;
      continue;
    }
    if ("{[(".includes(c)) depth++;
    else if ("}])".includes(c)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && c === ",") expectKey = true;
    else if (depth === 0 && expectKey && /[A-Za-z_$]/.test(c)) {
      const m = /^([A-Za-z_$][\w$]*)\s*([:,}]|$)/.exec(text.slice(i));
      if (m && !text.slice(i - 3, i).endsWith("...")) keys.push(m[1]);
      expectKey = false;
      if (m) i += m[1].length - 1;
    } else if (!/\s/.test(c)) expectKey = false;
  }
  return keys;
}

function scan() {
  const actions = new Map<string, string>();
  const objectTypes = new Map<string, string>();
  const fields = new Map<string, string>();
  for (const file of [...sourceFiles(path.join(root, "lib")), ...sourceFiles(path.join(root, "app"))]) {
    const text = readFileSync(file, "utf8");
    const rel = path.relative(root, file);
    for (const m of text.matchAll(CALL)) {
      const seg = text.slice(m.index + m[0].length, m.index + m[0].length + 1500);
      const action = /\baction:\s*([^\n]+)/.exec(seg);
      if (action)
        for (const lit of action[1].matchAll(/"([a-zA-Z]+(?:\.[a-zA-Z]+)+)"/g)) actions.set(lit[1], rel);
      const type = /\bobjectType:\s*"([^"]+)"/.exec(seg);
      if (type) objectTypes.set(type[1], rel);
      const details = /\bdetails:\s*\{/.exec(seg);
      if (details) for (const k of topKeys(seg.slice(details.index + details[0].length))) fields.set(k, rel);
    }
    // raw SQL: INSERT INTO "AuditLog" … SELECT/VALUES …, 'the.action', 'objectType', …
    for (const m of text.matchAll(
      /INSERT INTO "AuditLog"[^`]*?(?:SELECT|VALUES)[^`]*?'([a-zA-Z]+(?:\.[a-zA-Z]+)+)',\s*'(\w+)'/g,
    )) {
      actions.set(m[1], rel);
      objectTypes.set(m[2], rel);
    }
  }
  return { actions, objectTypes, fields };
}

type Tree = { [k: string]: string | Tree };
const get = (tree: Tree, dotted: string) =>
  dotted
    .split(".")
    .reduce<string | Tree | undefined>((t, k) => (typeof t === "object" ? t[k] : undefined), tree);

const found = scan();
const LOCALES = ["ru", "kk", "en"] as const;

describe("journal labels", () => {
  it("the scan finds the actions the code writes (sanity)", () => {
    for (const a of [
      "receipt.send",
      "nomenclature.import.start",
      "member.role.change",
      "cashbox.offlineTooLong",
    ])
      expect(found.actions.has(a), a).toBe(true);
    expect(found.objectTypes.has("nomenclatureItem")).toBe(true);
    expect(found.fields.has("cashboxId")).toBe(true);
  });

  it("every audit action has a label in ru, kk and en", () => {
    const missing: string[] = [];
    for (const [action, file] of found.actions)
      for (const l of LOCALES) {
        const label = get(journal[l].action as Tree, action);
        if (typeof label !== "string" || !label.trim() || label === action)
          missing.push(`${l}: ${action} (${file})`);
      }
    expect(missing).toEqual([]);
  });

  it("every object type has a label in ru, kk and en", () => {
    const missing: string[] = [];
    for (const [type, file] of found.objectTypes)
      for (const l of LOCALES)
        if (!Object.hasOwn(journal[l].object, type)) missing.push(`${l}: ${type} (${file})`);
    expect(missing).toEqual([]);
  });

  it("every detail field has a label in ru, kk and en", () => {
    const missing: string[] = [];
    for (const [field, file] of found.fields)
      for (const l of LOCALES)
        if (!Object.hasOwn(journal[l].field, field)) missing.push(`${l}: ${field} (${file})`);
    expect(missing).toEqual([]);
  });
});
