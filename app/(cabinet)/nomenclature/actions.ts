"use server";
import { isAppError } from "@/lib/errors/app-error";
import type { ActionState } from "@/lib/http/action-state";
import { tenantAction } from "@/lib/http/tenant-action";
import { setItemsArchived } from "@/lib/nomenclature/archive-items";
import { createItem } from "@/lib/nomenclature/create-item";
import { ZBulkArchiveInput, ZCreateItemInput, ZUpdateItemInput } from "@/lib/nomenclature/schemas";
import { updateItem } from "@/lib/nomenclature/update-item";

/** A taken article or barcode: the field says so, the form message names the item holding it. */
function keyConflict(e: unknown): ActionState | null {
  if (!isAppError(e) || e.code !== "CONFLICT" || !e.field || !e.params) return null;
  const message =
    e.field === "article" ? "nomenclature.errors.articleTakenBy" : "nomenclature.errors.barcodeTakenBy";
  return { ok: false, message, params: e.params, fieldErrors: { [e.field]: e.messageKey } };
}

async function withKeyConflicts(fn: () => Promise<ActionState>): Promise<ActionState> {
  try {
    return await fn();
  } catch (e) {
    const state = keyConflict(e);
    if (state) return state;
    throw e;
  }
}

export const createItemAction = tenantAction(
  ZCreateItemInput,
  "nomenclature.manage",
  (ctx, input) =>
    withKeyConflicts(async () => {
      const item = await createItem(ctx, input);
      return { message: "nomenclature.form.created", data: { id: item.id } };
    }),
  { revalidate: "/nomenclature" },
);

export const updateItemAction = tenantAction(
  ZUpdateItemInput,
  "nomenclature.manage",
  (ctx, input) =>
    withKeyConflicts(async () => {
      await updateItem(ctx, input);
      return { message: "nomenclature.form.updated" };
    }),
  { revalidate: "/nomenclature" },
);

/** Archive or restore one or many items (ids comma-separated, archive "1" or "0"). */
export const setArchivedAction = tenantAction(
  ZBulkArchiveInput,
  "nomenclature.manage",
  async (ctx, { ids, archive }) => {
    // Ids of other organizations or already in the wanted state change nothing and are not counted.
    const count = await setItemsArchived(ctx, ids, archive);
    return {
      message: archive ? "nomenclature.archivedCount" : "nomenclature.restoredCount",
      params: { count },
    };
  },
  { revalidate: "/nomenclature" },
);
