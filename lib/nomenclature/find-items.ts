import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { itemSelect, toItemDto, type ItemDto } from "./dto";
import type { TFindItemsQuery } from "./schemas";

export interface ItemPage {
  items: ItemDto[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
}

/** The filter part of the table's query; shared by the page and «Выгрузить в Excel». */
export function itemsWhere(
  ctx: TenantContext,
  query: Pick<TFindItemsQuery, "q" | "status" | "section">,
): Prisma.NomenclatureItemWhereInput {
  const where: Prisma.NomenclatureItemWhereInput = { organizationId: ctx.organizationId };
  if (query.status === "active") where.archivedAt = null;
  else if (query.status === "archived") where.archivedAt = { not: null };
  if (query.section) where.section = query.section;
  const q = query.q?.trim();
  if (q) {
    where.OR = [
      { name: { contains: q, mode: "insensitive" } },
      { article: { contains: q, mode: "insensitive" } },
      { barcodes: { some: { organizationId: ctx.organizationId, barcode: q } } },
    ];
  }
  return where;
}

export function itemsOrderBy(
  sort: TFindItemsQuery["sort"],
): Prisma.NomenclatureItemOrderByWithRelationInput[] {
  const dir = sort.startsWith("-") ? "desc" : "asc";
  const key = sort.replace(/^-/, "");
  const field = key === "updated" ? "updatedAt" : (key as "name" | "article" | "price");
  return [{ [field]: field === "article" ? { sort: dir, nulls: "last" } : dir }, { id: "asc" }];
}

/** One page of the organization's nomenclature: search by name, article or exact barcode. */
export async function findItems(ctx: TenantContext, query: TFindItemsQuery): Promise<ItemPage> {
  assertCan(ctx, "nomenclature.read");
  const where = itemsWhere(ctx, query);
  const [total, rows] = await Promise.all([
    db.nomenclatureItem.count({ where }),
    db.nomenclatureItem.findMany({
      where,
      orderBy: itemsOrderBy(query.sort),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: itemSelect,
    }),
  ]);
  return {
    items: rows.map(toItemDto),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pages: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}

/** Sections in use, for the filter and the form's suggestions. */
export async function listSections(ctx: TenantContext): Promise<string[]> {
  assertCan(ctx, "nomenclature.read");
  const rows = await db.nomenclatureItem.groupBy({
    by: ["section"],
    where: { organizationId: ctx.organizationId, section: { not: null } },
    orderBy: { section: "asc" },
    take: 500,
  });
  return rows.map((r) => r.section!).filter(Boolean);
}
