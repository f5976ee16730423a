"use server";
import { resetPassword } from "@/lib/auth/password-tokens";
import { ZResetPasswordInput } from "@/lib/auth/schemas";
import { publicAction } from "@/lib/http/tenant-action";

export const resetPasswordAction = publicAction(ZResetPasswordInput, async ({ token, password }) => {
  await resetPassword(token, password);
  return { message: "auth.passwordSet" };
});
