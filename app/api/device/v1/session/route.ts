// POST /api/device/v1/session – cashier sign-in with the PIN; DELETE – sign-out (X-Cashier-Session)
import { readJson, deviceJson, withDevice } from "@/lib/http/with-device";
import { signInCashier, signOutCashier } from "@/lib/device/session";

export const POST = withDevice(async (req, dev) =>
  deviceJson(await signInCashier(dev.cashbox, await readJson(req), dev.now), 201),
);

export const DELETE = withDevice(
  async (req, dev) => {
    await signOutCashier(dev.cashbox, req.headers.get("x-cashier-session") ?? "");
    return new Response(null, { status: 204 });
  },
  { session: "required" },
);
