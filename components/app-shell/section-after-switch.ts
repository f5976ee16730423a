import { ROLES, permissionsOf, type Role } from "@/lib/tenant/permissions";
import { NAV_ITEMS } from "./nav-items";

/** A path segment naming one record (a uuid, cuid or number) belongs to the old organization. */
const RECORD_SEGMENT =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|c[a-z0-9]{20,}|\d+)$/i;

/**
 * Where to go after switching organization: the same section as now (its path up to the first
 * record id, without the query, whose filters name the old organization's records), provided the
 * role in the new organization may see it; else the home page, which picks the role's start.
 */
export function sectionAfterSwitch(pathname: string, role: string): string {
  const segments = pathname.split("?")[0].split("/").filter(Boolean);
  const cut = segments.findIndex((s) => RECORD_SEGMENT.test(s));
  const path = "/" + (cut === -1 ? segments : segments.slice(0, cut)).join("/");
  if (path === "/") return "/";
  const item = [...NAV_ITEMS]
    .sort((a, b) => b.href.length - a.href.length)
    .find((i) => path === i.href || path.startsWith(i.href + "/"));
  if (!item) return "/";
  if (item.permission === null) return path;
  if (!(ROLES as readonly string[]).includes(role)) return "/";
  return permissionsOf(role as Role).has(item.permission) ? path : "/";
}
