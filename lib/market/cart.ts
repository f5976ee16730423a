// The cart lives in a cookie (no table): small, per browser and organization. Pure helpers; the
// cookie is read and written by app/(cabinet)/market/cart-cookie.ts.
import { ZCart, MAX_CART_LINES, MAX_LINE_QUANTITY, type TCartItem, type TCartChange } from "./schemas";

export const CART_COOKIE = "kassa-cart";

interface Stored {
  /** the organization the cart was filled for: prices and products depend on its country */
  o: string;
  i: [string, number][];
}

export function parseCart(raw: string | undefined | null, organizationId: string): TCartItem[] {
  if (!raw) return [];
  try {
    const s = JSON.parse(raw) as Stored;
    if (s.o !== organizationId || !Array.isArray(s.i)) return [];
    const parsed = ZCart.safeParse(s.i.map(([productId, quantity]) => ({ productId, quantity })));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function serializeCart(items: TCartItem[], organizationId: string): string {
  const s: Stored = { o: organizationId, i: items.map((x) => [x.productId, x.quantity]) };
  return JSON.stringify(s);
}

export function changeCart(items: TCartItem[], change: TCartChange): TCartItem[] {
  const current = items.find((x) => x.productId === change.productId)?.quantity ?? 0;
  const quantity = Math.min(
    MAX_LINE_QUANTITY,
    change.mode === "add" ? current + change.quantity : change.quantity,
  );
  const rest = items.filter((x) => x.productId !== change.productId);
  if (quantity <= 0) return rest;
  const next =
    current > 0
      ? items.map((x) => (x.productId === change.productId ? { ...x, quantity } : x))
      : [...rest, { productId: change.productId, quantity }];
  return next.slice(0, MAX_CART_LINES);
}

export function cartCount(items: TCartItem[]): number {
  return items.reduce((n, x) => n + x.quantity, 0);
}
