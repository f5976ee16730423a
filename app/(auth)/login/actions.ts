"use server";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { authenticate } from "@/lib/auth/sign-in";
import { isAppError } from "@/lib/errors/app-error";
import type { ActionState } from "@/lib/http/action-state";
import { requestIp } from "@/lib/http/require-tenant";
import { startWebSession } from "@/lib/http/web-session";

/**
 * «Войти»: a POST (a server action, so the form works without JavaScript and the password never
 * reaches a URL). The password is never echoed back; the e-mail is.
 */
export async function signInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const email = String(formData.get("email") ?? "");
  const password = String(formData.get("password") ?? "");
  const next = safeCallbackPath(String(formData.get("callbackUrl") ?? ""));
  try {
    const user = await authenticate(email, password, await requestIp());
    await startWebSession(user);
  } catch (e) {
    if (isAppError(e)) return { message: e.messageKey, params: e.params, values: { email } };
    console.error(e);
    return { message: "errors.INTERNAL_ERROR", values: { email } };
  }
  redirect(next);
}
