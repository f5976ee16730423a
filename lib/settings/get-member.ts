import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { MEMBER_SELECT, toMemberView } from "./find-members";
import { isUuid } from "@/lib/validation/uuid";

/** One member of the current organization; another organization's membership id is NOT_FOUND. */
export async function getMember(ctx: TenantContext, id: string) {
  assertCan(ctx, "user.read");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const m = await db.membership.findFirst({
    where: { organizationId: ctx.organizationId, id },
    select: MEMBER_SELECT,
  });
  if (!m) throw new AppError("NOT_FOUND");
  return toMemberView(m);
}
