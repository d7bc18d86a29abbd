import { type RefObject, useEffect } from "react";

/**
 * After a submit comes back with field errors (`error` changes to a new one), the focus goes to the
 * first field marked invalid in `form`, so a keyboard or screen-reader user lands on the mistake.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>, error: unknown) {
  useEffect(() => {
    if (!error) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, error]);
}
