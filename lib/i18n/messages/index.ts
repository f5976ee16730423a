import type { Locale } from "../locales";
import auth from "./auth";
import common from "./common";
import errors from "./errors";
import journal from "./journal";
import nav from "./nav";
import settings from "./settings";
import v from "./validation";

/**
 * Every namespace file exports { ru, kk, en } with the same keys (checked by messages.test.ts).
 * To add a namespace: create the file and list it here.
 */
export const namespaces = { auth, common, errors, journal, nav, settings, v };

export type Messages = { [K in keyof typeof namespaces]: (typeof namespaces)[K]["ru"] };

export function messagesFor(locale: Locale): Messages {
  return Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m[locale]])) as Messages;
}
