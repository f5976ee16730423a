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
  { href: "/receipts", label: "receipts", permission: "receipts.read" },
  { href: "/reports", label: "reports", permission: "reports.read" },
  { href: "/analytics", label: "analytics", permission: "analytics.read" },
  { href: "/nomenclature", label: "nomenclature", permission: "nomenclature.read" },
  { href: "/stock", label: "stock", permission: "stock.read" },
  { href: "/market", label: "market", permission: "market.read" },
  { href: "/codes", label: "codes", permission: "market.read" },
  { href: "/partner", label: "partner", permission: "partner.cabinet" },
  { href: "/settings", label: "settings", permission: "org.read" },
  { href: "/journal", label: "journal", permission: "audit.read" },
  { href: "/certificates", label: "certificates", permission: "registration.sign" },
  { href: "/admin/cashboxes", label: "admin", permission: "platform.admin" },
  { href: "/admin/catalog", label: "adminCatalog", permission: "platform.admin" },
  { href: "/admin/codes", label: "adminCodes", permission: "platform.admin" },
  { href: "/admin/orders", label: "adminOrders", permission: "platform.admin" },
  { href: "/admin/vat-rates", label: "adminVatRates", permission: "platform.admin" },
  { href: "/profile", label: "profile", permission: null },
];

export function visibleNav(permissions: ReadonlySet<Permission>, extra: NavItem[] = []): NavItem[] {
  return [...NAV_ITEMS, ...extra].filter((i) => i.permission === null || permissions.has(i.permission));
}
