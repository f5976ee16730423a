"use server";
import { revalidatePath } from "next/cache";
import { isAppError } from "@/lib/errors/app-error";
import type { ActionState } from "@/lib/http/action-state";
import { getTenant } from "@/lib/http/require-tenant";
import { submitApplication } from "@/lib/registration/submit-application";
import type { TSubmitApplication } from "@/lib/registration/schemas";
import { tenantAction } from "@/lib/http/tenant-action";
import { activateOnOfd } from "@/lib/registration/activate-ofd";
import { ZActivateOfdInput } from "@/lib/registration/ofd";
import { answerOfdCase } from "@/lib/registration/answer-ofd-case";
import { ZOfdCaseAnswerInput } from "@/lib/registration/reregistration-schemas";

/** «Отправить»: the browser-made signature of the application shown in step 3. */
export async function submitApplicationAction(input: TSubmitApplication): Promise<ActionState> {
  const ctx = (await getTenant())?.ctx;
  if (!ctx) return { ok: false, message: "errors.UNAUTHENTICATED" };
  try {
    const { caseId } = await submitApplication(ctx, input);
    revalidatePath(`/cashboxes/${input.cashboxId}`);
    return { ok: true, data: { caseId } };
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.messageKey, params: e.params };
    console.error("[registration] submit failed", e);
    return { ok: false, message: "errors.INTERNAL_ERROR" };
  }
}

/** Third-party ОФД, step 3 «Активировать»: РНМ, ИНК ОФД and «Оплачено в ОФД до». */
export const activateOfdAction = tenantAction(
  ZActivateOfdInput,
  "registration.sign",
  async (ctx, input) => {
    const { registered } = await activateOnOfd(ctx, input);
    return { message: registered ? "registration.ofd.registeredNow" : "registration.ofd.activated" };
  },
  { revalidate: "/cashboxes" },
);

/** Third-party ОФД, step 3 of a re-registration or deregistration: what the ОФД answered. */
export const answerOfdCaseAction = tenantAction(
  ZOfdCaseAnswerInput,
  "registration.sign",
  async (ctx, input) => {
    const { accepted, kind } = await answerOfdCase(ctx, input);
    return {
      message: accepted
        ? kind === "DEREGISTRATION"
          ? "reregistration.ofd.deregistered"
          : "reregistration.ofd.accepted"
        : "reregistration.ofd.refused",
    };
  },
  { revalidate: "/cashboxes" },
);
