import type { Locale } from "../locales";
import analytics from "./analytics";
import auth from "./auth";
import cashbox from "./cashbox";
import cashboxes from "./cashboxes";
import codes from "./codes";
import common from "./common";
import device from "./device";
import errorPage from "./error-page";
import errors from "./errors";
import help from "./help";
import journal from "./journal";
import market from "./market";
import nav from "./nav";
import nomenclature from "./nomenclature";
import notifications from "./notifications";
import partner from "./partner";
import pos from "./pos";
import receipts from "./receipts";
import registration from "./registration";
import reregistration from "./reregistration";
import reports from "./reports";
import settings from "./settings";
import stock from "./stock";
import table from "./table";
import v from "./validation";

/**
 * Every namespace file exports { ru, kk, en } with the same keys (checked by messages.test.ts).
 * To add a namespace: create the file and list it here.
 */
export const namespaces = {
  analytics,
  auth,
  cashbox,
  cashboxes,
  codes,
  common,
  device,
  errorPage,
  errors,
  help,
  journal,
  market,
  nav,
  nomenclature,
  notifications,
  partner,
  pos,
  receipts,
  registration,
  reregistration,
  reports,
  settings,
  stock,
  table,
  v,
};

export type Messages = { [K in keyof typeof namespaces]: (typeof namespaces)[K]["ru"] };

export function messagesFor(locale: Locale): Messages {
  return Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m[locale]])) as Messages;
}
