// VAT rates for document validation: the VatRate reference table (edited by PLATFORM_ADMIN),
// cached per process for a minute; the built-in table of lib/fiscal/vat.ts while it is empty.
import { db } from "@/lib/db/client";
import { DEFAULT_VAT_RATES, type VatRateRow } from "@/lib/fiscal/vat";
import type { Country } from "@/lib/locale/country";
import { adminQuery, sql } from "@/lib/db/sql";

const TTL_MS = 60_000;
let cache: { at: number; rows: readonly VatRateRow[] } | null = null;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export async function loadVatRates(now = Date.now()): Promise<readonly VatRateRow[]> {
  if (cache && now - cache.at < TTL_MS) return cache.rows;
  let rows: readonly VatRateRow[] = DEFAULT_VAT_RATES;
  try {
    const found = await adminQuery<
      {
        country: Country;
        code: string;
        name: string;
        rateBasisPoints: number | null;
        validFrom: Date;
        validTo: Date | null;
      }[]
    >(
      db,
      sql`
      SELECT country::text AS country, code, name, "rateBasisPoints", "validFrom", "validTo" FROM "VatRate" ORDER BY country, "sortOrder", code`,
    );
    if (found.length > 0) {
      rows = found.map((r) => ({
        country: r.country,
        code: r.code,
        basisPoints: r.rateBasisPoints,
        validFrom: isoDate(r.validFrom),
        validTo: r.validTo ? isoDate(r.validTo) : null,
        label: r.name,
      }));
    }
  } catch (e) {
    // 42P01: the reference table is not there (a database migrated before the nomenclature)
    if (!String((e as Error).message).includes("VatRate")) throw e;
  }
  cache = { at: now, rows };
  return rows;
}

/** For tests that edit the table. */
export function forgetVatRates() {
  cache = null;
}
