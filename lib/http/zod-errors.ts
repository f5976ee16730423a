import type { z } from "zod";

/** First message (an i18n key) per top-level field. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (!out[field]) out[field] = issue.message.startsWith("v.") ? issue.message : "v.invalid";
  }
  return out;
}
