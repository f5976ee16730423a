// The nomenclature change feed for terminals: GET /api/device/v1/nomenclature?since=&limit=
// (exposed by the device API; the caller has already resolved the organization from the cashbox
// token, so this takes a plain organization id rather than a cabinet TenantContext).
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { UNIT_INFO, unitCode, type MeasureUnit } from "./units";
import { getVatRates } from "./vat-rates";
import type { OrganizationId } from "@/lib/tenant/context";

export interface NomenclatureChange {
  id: string;
  name: string;
  article: string | null;
  /** main barcode first */
  barcodes: string[];
  type: "GOOD" | "SERVICE";
  unit: {
    /** internal unit id, e.g. "KILOGRAM" */
    id: MeasureUnit;
    /** RU: ФФД 1.2 tag 2108 code ("11"); KZ: ОКЕИ code ("166") */
    code: string;
    /** printed label: «кг» */
    name: string;
    /** true for weight / volume / length / area: quantity may have 3 decimals */
    fractional: boolean;
  };
  /** minor units per unit of measure */
  price: number;
  vatRate: { code: string; rateBasisPoints: number | null };
  section: string | null;
  /** archived items come as tombstones: the terminal hides them */
  archived: boolean;
  updatedAt: string;
  /** this change's cursor */
  cursor: string;
}

export interface NomenclatureChanges {
  items: NomenclatureChange[];
  /** pass as `since` next time (equals `since` when nothing changed) */
  nextCursor: string;
  /** more changes are waiting: call again at once with nextCursor */
  hasMore: boolean;
}

export const CHANGES_MAX_LIMIT = 1000;

/**
 * Items of the organization changed after the cursor `since` ("0" for everything), oldest change
 * first, at most `limit`. Every create, update, archive and restore moves an item to the end of
 * the feed (NomenclatureItem.changeSeq), and writers serialize per organization, so paging with
 * nextCursor never skips a change.
 */
export async function findNomenclatureChanges(
  organizationId: OrganizationId,
  since: string | number | bigint,
  limit: number,
): Promise<NomenclatureChanges> {
  const sinceText = String(since ?? "0").trim() || "0";
  if (!/^\d{1,19}$/.test(sinceText)) throw new AppError("VALIDATION_FAILED", { field: "since" });
  if (!Number.isInteger(limit) || limit < 1) throw new AppError("VALIDATION_FAILED", { field: "limit" });
  const take = Math.min(limit, CHANGES_MAX_LIMIT);
  const cursor = BigInt(sinceText);

  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { country: true } });
  if (!org) throw new AppError("NOT_FOUND");
  const rates = new Map((await getVatRates(org.country)).map((r) => [r.code, r.rateBasisPoints]));

  const rows = await db.nomenclatureItem.findMany({
    where: { organizationId, changeSeq: { gt: cursor } },
    orderBy: { changeSeq: "asc" },
    take: take + 1,
    select: {
      id: true,
      name: true,
      article: true,
      type: true,
      unit: true,
      price: true,
      vatRate: true,
      section: true,
      archivedAt: true,
      updatedAt: true,
      changeSeq: true,
      barcodes: { select: { barcode: true }, orderBy: { position: "asc" } },
    },
  });
  const hasMore = rows.length > take;
  const page = hasMore ? rows.slice(0, take) : rows;
  return {
    items: page.map((r) => ({
      id: r.id,
      name: r.name,
      article: r.article,
      barcodes: r.barcodes.map((b) => b.barcode),
      type: r.type,
      unit: {
        id: r.unit,
        code: unitCode(r.unit, org.country),
        name: UNIT_INFO[r.unit].label,
        fractional: UNIT_INFO[r.unit].fractional,
      },
      price: Number(r.price),
      vatRate: { code: r.vatRate, rateBasisPoints: rates.get(r.vatRate) ?? null },
      section: r.section,
      archived: r.archivedAt !== null,
      updatedAt: r.updatedAt.toISOString(),
      cursor: r.changeSeq.toString(),
    })),
    nextCursor: page.length ? page[page.length - 1].changeSeq.toString() : cursor.toString(),
    hasMore,
  };
}
