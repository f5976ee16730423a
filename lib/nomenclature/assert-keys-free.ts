import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { OrganizationId } from "@/lib/tenant/context";

/**
 * An article and barcodes are unique within the organization. Checked under the nomenclature lock
 * (so there is no race among writers) to answer with the field and the item that holds the key;
 * the unique indexes stay the last line of defence.
 */
export async function assertKeysFree(
  tx: Tx,
  organizationId: OrganizationId,
  keys: { article: string | null; barcodes: string[] },
  exceptItemId: string | null = null,
) {
  if (keys.article) {
    const holder = await tx.nomenclatureItem.findFirst({
      where: {
        organizationId,
        article: keys.article,
        ...(exceptItemId ? { NOT: { id: exceptItemId } } : {}),
      },
      select: { name: true },
    });
    if (holder) {
      throw new AppError("CONFLICT", {
        messageKey: "nomenclature.v.articleTaken",
        field: "article",
        params: { article: keys.article, name: holder.name },
      });
    }
  }
  if (keys.barcodes.length) {
    const holder = await tx.nomenclatureBarcode.findFirst({
      where: {
        organizationId,
        barcode: { in: keys.barcodes },
        ...(exceptItemId ? { NOT: { itemId: exceptItemId } } : {}),
      },
      select: { barcode: true, item: { select: { name: true } } },
    });
    if (holder) {
      throw new AppError("CONFLICT", {
        messageKey: "nomenclature.v.barcodeTaken",
        field: "barcodes",
        params: { barcode: holder.barcode, name: holder.item.name },
      });
    }
  }
}
