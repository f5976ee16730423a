"use server";
import { ZCreateCashboxInput } from "@/lib/cashboxes/card-schemas";
import { createCashbox } from "@/lib/cashboxes/create-cashbox";
import { tenantAction } from "@/lib/http/tenant-action";

export const createCashboxAction = tenantAction(
  ZCreateCashboxInput,
  "cashbox.manage",
  async (ctx, input) => {
    const { cashboxId, token, deviceKey } = await createCashbox(ctx, input);
    // The token and key leave the server only in this answer (shown once, never stored in clear).
    return { message: "cashbox.token.createdTitle", data: { cashboxId, token, deviceKey } };
  },
  { revalidate: "/cashboxes" },
);
