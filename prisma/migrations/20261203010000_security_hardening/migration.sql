-- Security hardening (issue 14, docs/security.md):
--   * RateLimit rows expire: every hit deletes a bounded batch of rows whose window has passed,
--     found through this index, so rotating keys cannot grow the table without bound;
--   * a signed-out session stays signed out: next-auth sessions are stateless JWTs, so sign-out
--     records the session's id here until the token would have expired anyway.
CREATE INDEX "RateLimit_resetAt_idx" ON "RateLimit" ("resetAt");

CREATE TABLE "RevokedSession" (
  "sid"       UUID NOT NULL,
  "userId"    UUID NOT NULL,
  "expiresAt" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "RevokedSession_pkey" PRIMARY KEY ("sid")
);
CREATE INDEX "RevokedSession_expiresAt_idx" ON "RevokedSession" ("expiresAt");
