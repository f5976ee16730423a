// Idempotency, in one place: a clientDocId already stored answers with its first answer (same
// request) or IDEMPOTENCY_KEY_REUSED (other content). The engine asks this before building the
// command and again after every re-read; the unique key ("organizationId", "cashboxId",
// "clientDocId") makes a concurrent twin a conflict of the write stage, answered here on the re-read.
import type { StoredDocument } from "../context";
import { DeviceError } from "../errors";
import type { TDocument } from "../schemas";

export type Outcome = {
  replayed: boolean;
  status: number;
  body: Record<string, unknown>;
  document: TDocument;
};

export type Settled = { ok: true; outcome: Outcome } | { ok: false; error: DeviceError };

export function replayOf(stored: StoredDocument, requestHash: string): Settled {
  if (stored.requestHash !== requestHash)
    return { ok: false, error: new DeviceError("IDEMPOTENCY_KEY_REUSED") };
  return {
    ok: true,
    outcome: {
      replayed: true,
      status: stored.responseStatus,
      body: stored.response,
      document: stored.response.document as TDocument,
    },
  };
}
