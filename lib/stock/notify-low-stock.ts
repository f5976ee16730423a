// The low-stock notification (the bell and a mail): an item whose balance at a trade point is below
// its minimum, once per item, trade point and local day while it stays low. Run by the scheduled
// job "stock-low" for every organization (hence `unsafe`: no tenant context; every row it writes
// is keyed by the organization the balance belongs to).
import { db } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
import { localDate } from "@/lib/locale/zone";
import { adminQueryText } from "@/lib/db/sql";

/** At most this many notifications per run (the rest come in the next runs). */
const BATCH = 500;

export async function unsafeNotifyLowStock(now: Date, organizationId?: string): Promise<number> {
  const rows = await adminQueryText<
    {
      org: string;
      tz: string;
      tp: string;
      tpName: string;
      item: string;
      name: string;
      q: string;
      min: string;
    }[]
  >(
    db,
    `SELECT b."organizationId"::text AS org, o.timezone AS tz, b."tradePointId"::text AS tp, tp.name AS "tpName",
            i.id::text AS item, i.name, b.quantity::text AS q, i."stockMin"::text AS min
       FROM "NomenclatureItem" i
       JOIN "StockBalance" b ON b."organizationId" = i."organizationId" AND b."itemId" = i.id
       JOIN "TradePoint" tp ON tp."organizationId" = b."organizationId" AND tp.id = b."tradePointId" AND tp."archivedAt" IS NULL
       JOIN "Organization" o ON o.id = i."organizationId"
      WHERE i."stockMin" IS NOT NULL AND i."tracksStock" AND i."archivedAt" IS NULL AND b.quantity < i."stockMin"
        AND ($1::uuid IS NULL OR i."organizationId" = $1::uuid)
        AND NOT EXISTS (SELECT 1 FROM "Notification" n WHERE n."organizationId" = i."organizationId" AND n.kind = 'STOCK_LOW'
                         AND n."dedupeKey" = b."tradePointId"::text || ':' || i.id::text || ':' || to_char(($2::timestamptz AT TIME ZONE o.timezone)::date, 'YYYY-MM-DD'))
      ORDER BY b."organizationId", b."tradePointId", i.name LIMIT ${BATCH}`,
    organizationId ?? null,
    now,
  );
  let created = 0;
  const num = (s: string) => String(Number(s));
  for (const r of rows) {
    const fresh = await db.$transaction((tx) =>
      notify(tx, {
        organizationId: r.org,
        kind: "STOCK_LOW",
        dedupeKey: `${r.tp}:${r.item}:${localDate(now, r.tz)}`,
        params: {
          item: r.name,
          itemId: r.item,
          tradePoint: r.tpName,
          tradePointId: r.tp,
          quantity: num(r.q),
          min: num(r.min),
        },
      }),
    );
    if (fresh) created++;
  }
  return created;
}

export const STOCK_JOBS = [
  { name: "stock-low", cron: "*/10 * * * *", run: (now: Date) => unsafeNotifyLowStock(now) },
] as const;
