"use client";
import type { ActionState } from "@/lib/http/action-state";

/**
 * The one `<form>` for server actions with `useActionState`. After an action React 19 resets
 * the form natively, which puts every uncontrolled select, radio, checkbox and date back to
 * its first-render default and leaves controlled radios showing a choice their state no longer
 * has (a refused «По счёту» came back as «Картой онлайн» and the next submit went to the card
 * gateway). A refused submit therefore cancels that reset: every field keeps exactly what the
 * user entered. A successful one resets as before.
 */
export function ActionForm({
  state,
  onReset,
  ref,
  ...props
}: React.FormHTMLAttributes<HTMLFormElement> & {
  state: ActionState | undefined;
  ref?: React.Ref<HTMLFormElement>;
}) {
  return (
    <form
      ref={ref}
      {...props}
      onReset={(e) => {
        // React dispatches the reset after committing the new state, so `state` is the result.
        if (state && !state.ok && refused(state)) e.preventDefault();
        onReset?.(e);
      }}
    />
  );
}

/** A state that came back from a submit and was not a success. */
function refused(state: ActionState): boolean {
  return state.message !== undefined || state.fieldErrors !== undefined || state.values !== undefined;
}
