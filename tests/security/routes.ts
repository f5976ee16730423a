// The route manifest walked by tests/security/cross-tenant.spec.ts: every page and API route of the
// cabinet, the permission it needs, and which of its path parameters are tenant object ids.
// Add every route you create. ":param" placeholders are filled from OBJECT_KINDS below.
import type { Permission } from "@/lib/tenant/permissions";

export interface RouteSpec {
  path: string;
  kind: "page" | "api";
  method?: "GET";
  /** null: any signed-in member of an organization */
  permission: Permission | null;
  /** placeholder name → object kind (a key of OBJECT_KINDS) */
  params?: Record<string, ObjectKind>;
}

/**
 * SQL that returns one id of the kind inside organization $1. The walk fills placeholders with an
 * id of the signed-in user's own organization (expects 200 when permitted) and of a foreign one
 * (expects 404 always).
 */
export const OBJECT_KINDS = {
  tradePoint: `SELECT id::text FROM "TradePoint" WHERE "organizationId" = $1 LIMIT 1`,
  member: `SELECT id::text FROM "Membership" WHERE "organizationId" = $1 AND role = 'CASHIER' LIMIT 1`,
  cashbox: `SELECT id::text FROM "Cashbox" WHERE "organizationId" = $1 LIMIT 1`,
} as const;
export type ObjectKind = keyof typeof OBJECT_KINDS;

export const ROUTES: RouteSpec[] = [
  { path: "/profile", kind: "page", permission: null },
  { path: "/cashboxes", kind: "page", permission: "cashbox.read" },
];
