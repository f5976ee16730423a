import type { z } from "zod";

/** An i18n key such as "v.required" or "settings.v.bik" (zod's own messages contain spaces). */
const I18N_KEY = /^[a-zA-Z]+(\.[a-zA-Z0-9_]+)+$/;

/** First message (an i18n key) per top-level field. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (!out[field]) out[field] = I18N_KEY.test(issue.message) ? issue.message : "v.invalid";
  }
  return out;
}
