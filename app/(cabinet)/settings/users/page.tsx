import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { UserPlus } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireTenant } from "@/lib/http/require-tenant";
import { findMembers } from "@/lib/settings/find-members";
import { can } from "@/lib/tenant/context";
import { SearchBox } from "../_components/search-box";
import { formatMoney } from "@/lib/locale/money";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("tabs.users") };
}

const roleTone: Record<string, BadgeTone> = {
  OWNER: "blue",
  ADMIN: "blue",
  ACCOUNTANT: "gray",
  CASHIER: "yellow",
};

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; page?: string }>;
}) {
  const ctx = await requireTenant("user.read");
  const sp = await searchParams;
  const { items, total, page, pages, filters } = await findMembers(ctx, sp);
  const t = await getTranslations("settings.users");
  const tc = await getTranslations("common");
  const locale = await getLocale();
  const manage = can(ctx, "user.manage");
  return (
    <section aria-labelledby="users-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="users-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        {manage ? (
          <Link
            href="/settings/users/invite"
            className="inline-flex h-10 items-center gap-2 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
          >
            <UserPlus className="h-4 w-4" aria-hidden />
            {t("invite")}
          </Link>
        ) : null}
      </div>
      <SearchBox
        action="/settings/users"
        defaultValue={filters.q ?? ""}
        label={t("search")}
        button={t("find")}
      />
      {items.length === 0 ? (
        <EmptyState title={filters.q ? t("emptySearch") : tc("empty")} />
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          data-testid="member-list"
        >
          {items.map((m) => (
            <li key={m.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center">
              <div className="min-w-0 flex-1">
                <Link href={`/settings/users/${m.id}`} className="font-medium text-brand-700 hover:underline">
                  {m.name}
                </Link>
                {m.userId === ctx.userId ? (
                  <span className="ml-2 text-xs text-slate-500">({t("you")})</span>
                ) : null}
                <p className="truncate text-sm text-slate-600">{m.email}</p>
              </div>
              <div className="flex flex-wrap items-center gap-2 sm:justify-end">
                {m.invitePending ? <Badge tone="yellow">{t("pending")}</Badge> : null}
                {m.role === "CASHIER" ? (
                  <>
                    <Badge tone={m.hasPin ? "green" : "red"}>{m.hasPin ? t("pinSet") : t("pinNone")}</Badge>
                    <span className="text-xs text-slate-600">
                      {t("limitShort", {
                        amount:
                          m.operationLimit === null
                            ? t("noLimit")
                            : formatMoney(m.operationLimit, ctx.country, locale),
                      })}
                    </span>
                  </>
                ) : null}
                <Badge tone={roleTone[m.role] ?? "gray"}>{tc(`role.${m.role}`)}</Badge>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination path="/settings/users" params={sp} page={page} pages={pages} total={total} />
    </section>
  );
}
