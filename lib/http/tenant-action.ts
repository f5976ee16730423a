import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { isAppError } from "@/lib/errors/app-error";
import { can, type TenantContext } from "@/lib/tenant/context";
import type { Permission } from "@/lib/tenant/permissions";
import type { ActionState } from "./action-state";
import { getTenant } from "./require-tenant";
import { zodFieldErrors } from "./zod-errors";

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries())
    if (typeof v === "string" && !k.startsWith("$ACTION")) values[k] = v;
  return values;
}

/**
 * The one wrapper for cabinet server actions: session → tenant context → permission →
 * zod parse → use case. User errors come back as i18n keys, never as a 500.
 */
export function tenantAction<S extends z.ZodType>(
  schema: S,
  permission: Permission | null,
  fn: (ctx: TenantContext, input: z.infer<S>) => Promise<ActionState | void>,
  opts: { revalidate?: string } = {},
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const values = formValues(formData);
    const t = await getTenant();
    if (!t?.ctx) return { message: "errors.UNAUTHENTICATED", values };
    if (permission && !can(t.ctx, permission)) return { message: "errors.FORBIDDEN", values };
    const parsed = schema.safeParse(values);
    if (!parsed.success)
      return { fieldErrors: zodFieldErrors(parsed.error), message: "errors.VALIDATION_FAILED", values };
    try {
      const result = (await fn(t.ctx, parsed.data)) ?? {};
      if (opts.revalidate) revalidatePath(opts.revalidate, "layout");
      return { ok: true, message: "common.saved", ...result };
    } catch (e) {
      if (isAppError(e)) {
        return {
          message: e.messageKey,
          params: e.params,
          fieldErrors: e.field ? { [e.field]: e.messageKey } : undefined,
          values,
        };
      }
      console.error(e);
      return { message: "errors.INTERNAL_ERROR", values };
    }
  };
}

/** Same contract for forms that need no tenant: sign-in helpers (public) and the own profile (user). */
export function publicAction<S extends z.ZodType>(
  schema: S,
  fn: (input: z.infer<S>) => Promise<ActionState | void>,
  opts: { requireUser?: boolean } = {},
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const values = formValues(formData);
    if (opts.requireUser && !(await getTenant())) return { message: "errors.UNAUTHENTICATED", values };
    const parsed = schema.safeParse(values);
    if (!parsed.success)
      return { fieldErrors: zodFieldErrors(parsed.error), message: "errors.VALIDATION_FAILED", values };
    try {
      return { ok: true, ...((await fn(parsed.data)) ?? {}) };
    } catch (e) {
      if (isAppError(e)) {
        return {
          message: e.messageKey,
          params: e.params,
          fieldErrors: e.field ? { [e.field]: e.messageKey } : undefined,
          values,
        };
      }
      console.error(e);
      return { message: "errors.INTERNAL_ERROR", values };
    }
  };
}
