"use server";
import { changePassword } from "@/lib/auth/password-tokens";
import { ZChangePasswordInput } from "@/lib/auth/schemas";
import { getSessionUser } from "@/lib/http/require-tenant";
import { publicAction } from "@/lib/http/tenant-action";
import { AppError } from "@/lib/errors/app-error";

export const changePasswordAction = publicAction(
  ZChangePasswordInput,
  async ({ current, password }) => {
    const user = await getSessionUser();
    if (!user) throw new AppError("UNAUTHENTICATED");
    await changePassword(user.id, current, password);
    return { message: "auth.passwordChanged" };
  },
  { requireUser: true },
);
