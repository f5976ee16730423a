import type { ItemType } from "./limits";
import type { MeasureUnit } from "./units";

/** An item as the cabinet shows it. Money stays in minor units (a safe integer: prices are < 10^13). */
export interface ItemDto {
  id: string;
  name: string;
  article: string | null;
  barcodes: string[];
  type: ItemType;
  unit: MeasureUnit;
  price: number;
  vatRate: string;
  section: string | null;
  archived: boolean;
  /** changeSeq: the form sends it back so a concurrent change is not overwritten silently */
  version: string;
  updatedAt: string;
}

export const itemSelect = {
  id: true,
  name: true,
  article: true,
  type: true,
  unit: true,
  price: true,
  vatRate: true,
  section: true,
  archivedAt: true,
  changeSeq: true,
  updatedAt: true,
  barcodes: { select: { barcode: true }, orderBy: { position: "asc" } },
} as const;

export function toItemDto(r: {
  id: string;
  name: string;
  article: string | null;
  type: ItemType;
  unit: MeasureUnit;
  price: bigint;
  vatRate: string;
  section: string | null;
  archivedAt: Date | null;
  changeSeq: bigint;
  updatedAt: Date;
  barcodes: { barcode: string }[];
}): ItemDto {
  return {
    id: r.id,
    name: r.name,
    article: r.article,
    barcodes: r.barcodes.map((b) => b.barcode),
    type: r.type,
    unit: r.unit,
    price: Number(r.price),
    vatRate: r.vatRate,
    section: r.section,
    archived: r.archivedAt !== null,
    version: r.changeSeq.toString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
