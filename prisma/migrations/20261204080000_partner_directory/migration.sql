-- «Каталог партнёров» (issue 20.6, seed 003 «Если у вас нет кода, обратитесь к партнёрам»): a
-- partner organization's public card — shown to clients only when the partner lists itself.
ALTER TABLE "Organization"
  ADD COLUMN "directoryListed" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "city" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "website" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "about" TEXT NOT NULL DEFAULT '';
