"use server";
import { z } from "zod";
import { tenantAction } from "@/lib/http/tenant-action";
import { linkPartner, unlinkPartner } from "@/lib/partners/partner-link";
import { ZLinkPartnerInput } from "@/lib/partners/schemas";

export const linkPartnerAction = tenantAction(
  ZLinkPartnerInput,
  "partner.link",
  async (ctx, input) => {
    await linkPartner(ctx, input);
    return { message: "partner.link.linked" };
  },
  { revalidate: "/settings/partner" },
);

export const unlinkPartnerAction = tenantAction(
  z.object({}),
  "partner.link",
  async (ctx) => {
    await unlinkPartner(ctx);
    return { message: "partner.link.unlinked" };
  },
  { revalidate: "/settings/partner" },
);
