import type { Permission } from "@/lib/tenant/permissions";

export interface NavItem {
  href: string;
  /** key in the "nav" namespace */
  label: string;
  permission: Permission | null;
}

/** The cabinet's sections; each is shown only to roles holding its permission. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/cashboxes", label: "cashboxes", permission: "cashbox.read" },
  { href: "/settings", label: "settings", permission: "org.read" },
  { href: "/journal", label: "journal", permission: "audit.read" },
  { href: "/profile", label: "profile", permission: null },
];

export function visibleNav(permissions: ReadonlySet<Permission>, extra: NavItem[] = []): NavItem[] {
  return [...NAV_ITEMS, ...extra].filter((i) => i.permission === null || permissions.has(i.permission));
}
