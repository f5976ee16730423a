import type { ActionState } from "@/lib/http/action-state";

/**
 * The form-level line under a form: when the error already shows at its field (e.g. a duplicate
 * e-mail), say «Проверьте поля формы» there instead of repeating the same text twice.
 */
export function formLevel(state: ActionState): ActionState {
  if (state.message && state.fieldErrors && Object.values(state.fieldErrors).includes(state.message)) {
    return { ...state, message: "errors.VALIDATION_FAILED", params: undefined };
  }
  return state;
}
