// The words for a cabinet API's refusal, in a client component: routes answer
// { error: { code, message: <i18n key>, params? } } (lib/http/with-tenant.ts); a key the messages do
// not have, or no JSON at all, reads as the generic internal error.

interface Translator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export function apiErrorText(t: Translator, json: unknown): string {
  const error = (json as { error?: { message?: unknown; params?: Record<string, string | number> } } | null)
    ?.error;
  const key = typeof error?.message === "string" ? error.message : "errors.INTERNAL_ERROR";
  return t.has(key) ? t(key, error?.params ?? {}) : t("errors.INTERNAL_ERROR");
}
