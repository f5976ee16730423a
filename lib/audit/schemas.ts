// Filters of «Журнал», read from the URL's search params. Pure (zod only).
import { z } from "zod";

export const AUDIT_PAGE_SIZE = 50;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const day = z
  .preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  )
  .catch(undefined);
const token = z
  .preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Za-z][\w.]{0,80}$/)
      .optional(),
  )
  .catch(undefined);

export const ZAuditFilters = z.object({
  /** object type, e.g. "tradePoint" */
  type: token,
  /** action, e.g. "tradePoint.update" */
  action: token,
  /** the acting user */
  user: z.preprocess(blankToUndefined, z.uuid().optional()).catch(undefined),
  /** local calendar days in the organization's time zone, inclusive */
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TAuditFilters = z.infer<typeof ZAuditFilters>;
