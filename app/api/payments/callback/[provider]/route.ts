// POST /api/payments/callback/[provider] – the payment provider's server-to-server callback. No
// session: the provider's signature over the raw body is the authentication; the event is applied
// once (replays answer 200 { duplicate: true }).
import { NextResponse } from "next/server";
import { isAppError } from "@/lib/errors/app-error";
import { handlePaymentCallback } from "@/lib/payments/handle-callback";

export async function POST(req: Request, route: { params: Promise<{ provider: string }> }) {
  const { provider } = await route.params;
  try {
    const result = await handlePaymentCallback(provider, await req.text(), req.headers);
    return NextResponse.json({ ok: true, ...result });
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: { code: e.code } }, { status: e.status });
    console.error(e);
    return NextResponse.json({ error: { code: "INTERNAL_ERROR" } }, { status: 500 });
  }
}
