"use server";
import { ZHandCodeInput } from "@/lib/codes/schemas";
import { tenantAction } from "@/lib/http/tenant-action";
import { saveDirectoryCard } from "@/lib/partners/directory";
import { handCodeToClient } from "@/lib/partners/hand-code-to-client";
import { ZDirectoryCardInput } from "@/lib/partners/schemas";

export const handCodeAction = tenantAction(
  ZHandCodeInput,
  "partner.cabinet",
  async (ctx, input) => {
    await handCodeToClient(ctx, input);
    return { message: "partner.codes.handed" };
  },
  { revalidate: "/partner" },
);

export const saveDirectoryCardAction = tenantAction(
  ZDirectoryCardInput,
  "partner.cabinet",
  async (ctx, input) => {
    await saveDirectoryCard(ctx, input);
    return { message: "partner.directory.saved" };
  },
  { revalidate: "/partner/profile" },
);
