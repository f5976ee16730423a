import type { DocRecord } from "@/lib/pos/model";

/**
 * The operation «Отменить последнюю операцию» would reverse, as this browser's journal knows it:
 * the newest receipt or cash operation after which nothing closed the shift, opened a new one or
 * cancelled it. null when the journal knows none (the server still decides, and refuses when
 * there is nothing to cancel).
 */
export function lastCancellable(history: readonly DocRecord[]): DocRecord | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const d = history[i];
    if (d.kind === "receipt" || d.kind === "cash_operation") return d;
    if (d.kind === "x_report") continue;
    return null; // cancel, shift_open, z_report: nothing left to cancel behind them
  }
  return null;
}
