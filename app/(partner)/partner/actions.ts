"use server";
import { ZHandCodeInput } from "@/lib/codes/schemas";
import { tenantAction } from "@/lib/http/tenant-action";
import { handCodeToClient } from "@/lib/partners/hand-code-to-client";

export const handCodeAction = tenantAction(
  ZHandCodeInput,
  "partner.cabinet",
  async (ctx, input) => {
    await handCodeToClient(ctx, input);
    return { message: "partner.codes.handed" };
  },
  { revalidate: "/partner" },
);
