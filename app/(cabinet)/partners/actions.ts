"use server";
import { tenantAction } from "@/lib/http/tenant-action";
import { linkPartner } from "@/lib/partners/partner-link";
import { ZLinkPartnerInput } from "@/lib/partners/schemas";

/** «Привязать» on a card of «Каталог партнёров»: the same link as «Настройки → Партнёр». */
export const linkFromDirectoryAction = tenantAction(
  ZLinkPartnerInput,
  "partner.link",
  async (ctx, input) => {
    await linkPartner(ctx, input);
    return { message: "partner.directory.linked" };
  },
  { revalidate: "/partners" },
);
