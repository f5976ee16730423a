import { NextResponse } from "next/server";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { can, type TenantContext } from "@/lib/tenant/context";
import type { Permission } from "@/lib/tenant/permissions";
import { getTenant } from "./require-tenant";
import { isSameOriginRequest } from "./same-origin";

type Handler<P> = (req: Request, ctx: TenantContext, params: P) => Promise<Response>;

export function errorResponse(e: AppError) {
  return NextResponse.json(
    { error: { code: e.code, message: e.messageKey, params: e.params } },
    { status: e.status },
  );
}

/**
 * The one wrapper for cabinet JSON routes: 403 for a cross-site state-changing request (CSRF),
 * 401 without a session, 403 without the permission.
 */
export function withTenant<P = Record<string, string>>(
  handler: Handler<P>,
  opts: { permission?: Permission } = {},
) {
  return async (req: Request, route: { params: Promise<P> }) => {
    try {
      if (!isSameOriginRequest(req.method, (name) => req.headers.get(name))) throw new AppError("FORBIDDEN");
      const t = await getTenant();
      if (!t?.ctx) throw new AppError("UNAUTHENTICATED");
      if (opts.permission && !can(t.ctx, opts.permission)) throw new AppError("FORBIDDEN");
      return await handler(req, t.ctx, await route.params);
    } catch (e) {
      if (isAppError(e)) return errorResponse(e);
      console.error(e);
      return errorResponse(new AppError("INTERNAL_ERROR"));
    }
  };
}
