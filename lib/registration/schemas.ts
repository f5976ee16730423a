import { z } from "zod";

export const APPLICATION_KINDS = [
  "REGISTRATION",
  "REREGISTRATION_FN",
  "REREGISTRATION_ADDRESS",
  "REREGISTRATION_REQUISITES",
  "DEREGISTRATION",
] as const;

/** 64 KiB is far above a real application (~1.5 KiB) and its signature (~2-4 KiB in base64). */
export const ZSubmitApplication = z.object({
  cashboxId: z.string().uuid("registration.errors.notFound"),
  kind: z.enum(APPLICATION_KINDS, "registration.errors.applicationChanged"),
  xml: z
    .string("registration.errors.applicationChanged")
    .min(1, "registration.errors.applicationChanged")
    .max(65_536, "registration.errors.applicationChanged"),
  signature: z
    .string("registration.errors.signatureFormat")
    .min(16, "registration.errors.signatureFormat")
    .max(65_536, "registration.errors.signatureFormat")
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, "registration.errors.signatureFormat"),
});
export type TSubmitApplication = z.infer<typeof ZSubmitApplication>;
