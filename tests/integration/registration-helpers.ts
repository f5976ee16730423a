// Registration test helpers: the cashbox's registration report goes in through the device API's
// own route handler (POST /api/device/v1/registration-report), exactly as a terminal sends it.
import { randomUUID } from "node:crypto";

export async function sendRegistrationReport(
  token: string,
  report: {
    reason: "registration" | "reregistration" | "deregistration";
    registrationNumber?: string | null;
    fiscalDriveNumber?: string | null;
    taxId?: string | null;
    address?: string | null;
  },
) {
  process.env.APP_URL ??= "http://localhost:3407";
  const { POST } = await import("@/app/api/device/v1/registration-report/route");
  const clientDocId = randomUUID();
  const body = JSON.stringify({ clientDocId, createdAt: new Date().toISOString(), report });
  const req = new Request("http://in-process.test/api/device/v1/registration-report", {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      "idempotency-key": clientDocId,
      "content-length": String(Buffer.byteLength(body)),
    },
    body,
  });
  const res = await (
    POST as unknown as (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>
  )(req, {
    params: Promise.resolve({}),
  });
  const json = await res.json();
  if (res.status !== 201)
    throw new Error(`registration report refused: ${res.status} ${JSON.stringify(json)}`);
  return json;
}
