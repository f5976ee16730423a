"use server";
import { tenantAction } from "@/lib/http/tenant-action";
import { archiveTradePoint } from "@/lib/settings/archive-trade-point";
import { createTradePoint } from "@/lib/settings/create-trade-point";
import { restoreTradePoint } from "@/lib/settings/restore-trade-point";
import { ZTradePointIdInput, ZTradePointInput, ZUpdateTradePointInput } from "@/lib/settings/schemas";
import { updateTradePoint } from "@/lib/settings/update-trade-point";

const revalidate = { revalidate: "/settings" };

export const createTradePointAction = tenantAction(
  ZTradePointInput,
  "tradePoint.manage",
  async (ctx, input) => {
    const point = await createTradePoint(ctx, input);
    return { message: "settings.tradePoints.created", data: { id: point.id } };
  },
  revalidate,
);

export const updateTradePointAction = tenantAction(
  ZUpdateTradePointInput,
  "tradePoint.manage",
  async (ctx, { id, ...input }) => {
    const { changed, reregistered } = await updateTradePoint(ctx, id, input);
    // a new address of a point with registered cashboxes waits for their re-registration
    if (reregistered)
      return { message: "reregistration.saved.tradePointAddress", params: { n: reregistered } };
    return changed ? undefined : { message: "settings.nothingChanged" };
  },
  revalidate,
);

export const archiveTradePointAction = tenantAction(
  ZTradePointIdInput,
  "tradePoint.manage",
  async (ctx, { id }) => {
    await archiveTradePoint(ctx, id);
    return { message: "settings.tradePoints.archivedDone" };
  },
  revalidate,
);

export const restoreTradePointAction = tenantAction(
  ZTradePointIdInput,
  "tradePoint.manage",
  async (ctx, { id }) => {
    await restoreTradePoint(ctx, id);
    return { message: "settings.tradePoints.restoredDone" };
  },
  revalidate,
);
