// GET /api/device/v1/openapi.json – the contract, generated from the request schemas (public)
import { NextResponse } from "next/server";
import { deviceOpenApi } from "@/lib/device/openapi";

export function GET() {
  return NextResponse.json(deviceOpenApi(), { headers: { "Cache-Control": "public, max-age=300" } });
}
