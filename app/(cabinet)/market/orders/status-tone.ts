import type { BadgeTone } from "@/components/ui/badge";

export function orderStatusTone(status: string): BadgeTone {
  return status === "PAID" || status === "SHIPPED" ? "green" : status === "CANCELLED" ? "gray" : "yellow";
}
