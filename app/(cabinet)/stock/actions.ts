"use server";
import { z } from "zod";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/http/action-state";
import { tenantAction } from "@/lib/http/tenant-action";
import { createStockDocument } from "@/lib/stock/create-stock-document";
import { postStockDocument } from "@/lib/stock/post-stock-document";
import { reverseStockDocument } from "@/lib/stock/reverse-stock-document";
import { saveStockLines } from "@/lib/stock/save-stock-lines";
import {
  ZCreateStockDocumentInput,
  ZItemStockSettingsInput,
  ZSaveStockLinesInput,
  ZStockDocumentIdInput,
} from "@/lib/stock/schemas";
import { setItemStockSettings, trackAllGoods } from "@/lib/stock/set-item-stock-settings";

export const trackAllAction = tenantAction(
  z.object({}),
  "stock.manage",
  async (ctx) => {
    const { count } = await trackAllGoods(ctx);
    return { message: "stock.trackAllDone", params: { count } };
  },
  { revalidate: "/stock" },
);

export const itemStockSettingsAction = tenantAction(
  ZItemStockSettingsInput,
  "stock.manage",
  async (ctx, input) => {
    await setItemStockSettings(ctx, input);
    return { message: "stock.item.saved" };
  },
  { revalidate: "/stock" },
);

const createStockDocument_ = tenantAction(ZCreateStockDocumentInput, "stock.manage", async (ctx, input) => {
  const doc = await createStockDocument(ctx, input);
  return { data: { redirect: `/stock/documents/${doc.id}` } };
});

/** A new draft; the browser goes on to its page (redirect outside the wrapper, as Next requires). */
export async function createStockDocumentAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await createStockDocument_(prev, formData);
  if (result.ok && result.data?.redirect) redirect(result.data.redirect);
  return result;
}

export const saveStockLinesAction = tenantAction(
  ZSaveStockLinesInput,
  "stock.manage",
  async (ctx, input) => {
    await saveStockLines(ctx, input);
    return { message: "stock.doc.saved" };
  },
  { revalidate: "/stock" },
);

export const postStockDocumentAction = tenantAction(
  ZStockDocumentIdInput,
  "stock.manage",
  async (ctx, { id }) => {
    await postStockDocument(ctx, id);
    return { message: "stock.doc.posted" };
  },
  { revalidate: "/stock" },
);

const reverseStockDocument_ = tenantAction(ZStockDocumentIdInput, "stock.manage", async (ctx, { id }) => {
  const rev = await reverseStockDocument(ctx, id);
  return { data: { redirect: `/stock/documents/${rev.id}` } };
});

/** «Сторнировать»: posts the reversing document and shows it. */
export async function reverseStockDocumentAction(
  prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await reverseStockDocument_(prev, formData);
  if (result.ok && result.data?.redirect) redirect(result.data.redirect);
  return result;
}
