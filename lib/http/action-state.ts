/** What a form's server action returns: field errors and a message, each an i18n key. */
export interface ActionState {
  ok?: boolean;
  /** i18n key of a form-level message (success or error) */
  message?: string;
  params?: Record<string, string | number>;
  fieldErrors?: Record<string, string>;
  /** echo of the submitted values so the form keeps them after an error */
  values?: Record<string, string>;
  /** extra data for the client, e.g. a one-time token */
  data?: Record<string, string>;
}

export const initialActionState: ActionState = {};
