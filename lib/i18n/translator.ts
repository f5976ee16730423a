import { createTranslator } from "next-intl";
import { toLocale } from "./locales";
import { messagesFor } from "./messages";

/** A translator outside React (mail texts, exports), for a user's locale. */
export function translatorFor(locale: string | null | undefined) {
  const l = toLocale(locale);
  return createTranslator({ locale: l, messages: messagesFor(l) });
}
