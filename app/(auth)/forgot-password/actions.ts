"use server";
import { requestPasswordReset } from "@/lib/auth/password-tokens";
import { ZRequestResetInput } from "@/lib/auth/schemas";
import { publicAction } from "@/lib/http/tenant-action";

export const requestResetAction = publicAction(ZRequestResetInput, async ({ email }) => {
  await requestPasswordReset(email);
  return { message: "auth.linkSent" };
});
