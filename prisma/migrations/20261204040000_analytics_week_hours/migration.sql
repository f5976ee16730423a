-- The heat map's month-level table (issue 21): sales by local weekday × hour per month and cashbox,
-- one row where AnalyticsHours has one per day (~30× fewer rows for a long period). Element
-- (isodow − 1) × 24 + hour + 1 of each 168-element array; the same receipts/revenue rules as
-- AnalyticsHours. Written in the same statement as the other rollups (lib/analytics/rollup-sql.ts).
CREATE TABLE "AnalyticsWeekHours" (
  "organizationId" UUID NOT NULL,
  "month" DATE NOT NULL,
  "cashboxId" UUID NOT NULL,
  "receipts" INTEGER[] NOT NULL,
  "revenue" BIGINT[] NOT NULL,
  CONSTRAINT "AnalyticsWeekHours_pkey" PRIMARY KEY ("organizationId", "month", "cashboxId"),
  CONSTRAINT "AnalyticsWeekHours_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- Existing installations: fold the daily table into it (the daily table holds the same figures).
INSERT INTO "AnalyticsWeekHours" ("organizationId", "month", "cashboxId", "receipts", "revenue")
SELECT k."organizationId", k.month, k."cashboxId",
       array_agg(COALESCE(s.r, 0)::int ORDER BY g.i), array_agg(COALESCE(s.v, 0)::bigint ORDER BY g.i)
  FROM (SELECT DISTINCT "organizationId", date_trunc('month', day)::date AS month, "cashboxId" FROM "AnalyticsHours") k
 CROSS JOIN generate_series(1, 168) g(i)
  LEFT JOIN (
    SELECT h."organizationId", date_trunc('month', h.day)::date AS month, h."cashboxId",
           (extract(isodow FROM h.day)::int - 1) * 24 + u.n AS i, sum(u.r) AS r, sum(u.v) AS v
      FROM "AnalyticsHours" h, unnest(h.receipts, h.revenue) WITH ORDINALITY AS u(r, v, n)
     GROUP BY 1, 2, 3, 4) s
    ON s."organizationId" = k."organizationId" AND s.month = k.month AND s."cashboxId" = k."cashboxId" AND s.i = g.i
 GROUP BY k."organizationId", k.month, k."cashboxId";
