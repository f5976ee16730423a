import { cookies } from "next/headers";
import { CART_COOKIE, parseCart, serializeCart } from "@/lib/market/cart";
import type { TCartItem } from "@/lib/market/schemas";
import type { TenantContext } from "@/lib/tenant/context";

/** The cart of this browser for the current organization (another organization's cart reads as empty). */
export async function readCart(ctx: TenantContext): Promise<TCartItem[]> {
  return parseCart((await cookies()).get(CART_COOKIE)?.value, ctx.organizationId);
}

export async function writeCart(ctx: TenantContext, items: TCartItem[]) {
  const jar = await cookies();
  if (items.length === 0) {
    jar.delete(CART_COOKIE);
    return;
  }
  jar.set(CART_COOKIE, serializeCart(items, ctx.organizationId), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 30 * 24 * 3600,
  });
}
