// The device API's route modules by path, for the bare node:http gateway (lib/device/gateway.ts,
// `npm run device-gateway`): the same handlers Next serves under /api/device/v1. A new device
// endpoint is added here too (tests/unit/device-gateway-routes.test.ts compares this table
// with the route files).
import type { DeviceRoutes } from "@/lib/device/gateway";

export const DEVICE_ROUTES: DeviceRoutes = [
  ["/cashbox", () => import("@/app/api/device/v1/cashbox/route")],
  ["/session", () => import("@/app/api/device/v1/session/route")],
  ["/receipts", () => import("@/app/api/device/v1/receipts/route")],
  ["/receipts/:receiptId", () => import("@/app/api/device/v1/receipts/[receiptId]/route")],
  [
    "/receipts/:receiptId/duplicate",
    () => import("@/app/api/device/v1/receipts/[receiptId]/duplicate/route"),
  ],
  ["/receipts/:receiptId/send", () => import("@/app/api/device/v1/receipts/[receiptId]/send/route")],
  ["/cash-operations", () => import("@/app/api/device/v1/cash-operations/route")],
  ["/operations/cancel-last", () => import("@/app/api/device/v1/operations/cancel-last/route")],
  ["/shifts", () => import("@/app/api/device/v1/shifts/route")],
  ["/shifts/current/x-report", () => import("@/app/api/device/v1/shifts/current/x-report/route")],
  ["/shifts/current/close", () => import("@/app/api/device/v1/shifts/current/close/route")],
  ["/documents:batch", () => import("@/app/api/device/v1/documents:batch/route")],
  ["/nomenclature", () => import("@/app/api/device/v1/nomenclature/route")],
  ["/registration-report", () => import("@/app/api/device/v1/registration-report/route")],
  ["/openapi.json", () => import("@/app/api/device/v1/openapi.json/route")],
];
