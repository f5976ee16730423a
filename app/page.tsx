import { redirect } from "next/navigation";
import { getTenant } from "@/lib/http/require-tenant";
import { can } from "@/lib/tenant/context";

// Each role lands on its main section.
export default async function Home() {
  const t = await getTenant();
  if (!t) redirect("/login");
  if (!t.ctx) redirect("/no-organization");
  if (can(t.ctx, "cashbox.read")) redirect("/cashboxes");
  if (can(t.ctx, "platform.admin")) redirect("/admin/cashboxes");
  if (can(t.ctx, "partner.cabinet")) redirect("/partner");
  if (t.ctx.role === "CASHIER") redirect("/workplace");
  redirect("/profile");
}
