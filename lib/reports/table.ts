// One shape for every report: typed columns and rows, so the page, the print view and the .xlsx
// export render the very same data (the export test reads the file back and compares).

export type CellKind = "text" | "money" | "int" | "qty" | "datetime";
export type Cell = string | number | bigint | Date | null;

export interface ReportColumn {
  key: string;
  /** key in the `reports.columns` namespace */
  label: string;
  kind: CellKind;
}

export interface ReportTable {
  columns: ReportColumn[];
  rows: Record<string, Cell>[];
  /** the totals row (text columns empty), or null when the report has none */
  totals: Record<string, Cell> | null;
  /** rows beyond the screen limit are only in the export */
  truncated?: boolean;
}

/** Sums the numeric columns of the rows (money and counts as bigint, quantities as thousandths). */
export function totalsOf(columns: ReportColumn[], rows: Record<string, Cell>[]): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const c of columns) {
    if (c.kind === "money" || c.kind === "int") {
      out[c.key] = rows.reduce<bigint>((s, r) => s + BigInt((r[c.key] as bigint | number | null) ?? 0), 0n);
    } else if (c.kind === "qty") {
      const th = rows.reduce<bigint>((s, r) => s + qtyThousandths(String(r[c.key] ?? "0")), 0n);
      out[c.key] = formatThousandths(th);
    } else out[c.key] = null;
  }
  return out;
}

export function qtyThousandths(s: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,3}))?/.exec(s);
  if (!m) return 0n;
  const v = BigInt(m[2]) * 1000n + BigInt((m[3] ?? "").padEnd(3, "0"));
  return m[1] ? -v : v;
}

export function formatThousandths(v: bigint): string {
  const neg = v < 0n;
  const a = neg ? -v : v;
  return `${neg ? "-" : ""}${a / 1000n}.${String(a % 1000n).padStart(3, "0")}`;
}
