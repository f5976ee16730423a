// The nomenclature feed of a terminal: the cashbox's organization, validated by the device schema,
// served by lib/nomenclature's change feed.
import { findNomenclatureChanges } from "@/lib/nomenclature/find-nomenclature-changes";
import type { DeviceCashbox } from "./context";
import { validationError } from "./errors";
import { fieldsFromZod } from "./fields";
import { ZNomenclatureQuery } from "./schemas";

export const NOMENCLATURE_DEFAULT_LIMIT = 500;

export async function getNomenclatureChanges(
  cb: Pick<DeviceCashbox, "organizationId">,
  params: URLSearchParams,
) {
  const parsed = ZNomenclatureQuery.safeParse(Object.fromEntries(params.entries()));
  if (!parsed.success) throw validationError(fieldsFromZod(parsed.error));
  return findNomenclatureChanges(
    cb.organizationId,
    parsed.data.since ?? "0",
    Number(parsed.data.limit ?? NOMENCLATURE_DEFAULT_LIMIT),
  );
}
