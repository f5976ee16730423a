// Where context help points: an error code to its article, a screen (pathname) to the article
// about it. Pure and client-safe (used by /pos and the cabinet shell); tests/… check that every
// target exists in every language.

/** Error article slug of a code: INSUFFICIENT_CASH → insufficient-cash. */
export function errorSlug(code: string): string {
  return code.toLowerCase().replace(/_/g, "-");
}

/** /help/errors/<slug> for a known code shape, the errors section otherwise. */
export function helpHrefForCode(code: string): string {
  return /^[A-Z][A-Z0-9_]*$/.test(code) ? `/help/errors/${errorSlug(code)}` : "/help/errors";
}

/** A cashbox's operational state (Cashbox.operationalState) → the article of the error the terminal shows. */
export function helpHrefForState(state: string): string | null {
  return ["BLOCKED", "SERVER_BLOCKED", "OFFLINE_TOO_LONG", "INTEGRITY"].includes(state)
    ? helpHrefForCode(`CASHBOX_${state}`)
    : null;
}

/** Screens of the cabinet and the cashier, longest prefix first, with their article. */
const SCREENS: [prefix: RegExp, article: string][] = [
  [/^\/cashboxes\/[^/]+\/registration/, "registration/wizard"],
  [/^\/cashboxes\/new/, "cabinet/cashboxes"],
  [/^\/cashboxes/, "cabinet/cashboxes"],
  [/^\/receipts/, "cabinet/receipts"],
  [/^\/reports/, "cabinet/reports"],
  [/^\/analytics/, "cabinet/analytics"],
  [/^\/nomenclature/, "cabinet/nomenclature"],
  [/^\/stock/, "cabinet/stock"],
  [/^\/market/, "payment/how-to-pay"],
  [/^\/codes/, "cabinet/renewal"],
  [/^\/partner/, "cabinet/partners"],
  [/^\/settings\/users/, "cabinet/users"],
  [/^\/settings\/partner/, "cabinet/partners"],
  [/^\/settings/, "cabinet/users"],
  [/^\/certificates/, "registration/wizard"],
  [/^\/profile/, "cabinet/password"],
  [/^\/journal/, "cabinet/users"],
  [/^\/pos/, "cashier/overview"],
];

/** The help article for a screen, e.g. "/nomenclature/import" → "/help/cabinet/nomenclature". */
export function helpHrefForPath(pathname: string): string {
  const hit = SCREENS.find(([re]) => re.test(pathname));
  return hit ? `/help/${hit[1]}` : "/help";
}

/** Screens listed above, for the test that checks each target exists. */
export const SCREEN_ARTICLES = SCREENS.map(([, a]) => a);

/** Fixed help targets of dialogs. */
export const HELP_DIALOGS = {
  renewal: "/help/cabinet/renewal",
  registration: "/help/registration/wizard",
  registrationOfd: {
    TRANSTELECOM: "/help/registration/transtelecom-1",
    KAZAKHTELECOM: "/help/registration/kazakhtelecom-1",
  },
  ofdPayment: {
    TRANSTELECOM: "/help/registration/transtelecom-payment",
    KAZAKHTELECOM: "/help/registration/kazakhtelecom-payment",
  },
  renewalErrors: "/help/cabinet/renewal#errors",
  nomenclatureImport: "/help/cabinet/nomenclature#import",
} as const;
