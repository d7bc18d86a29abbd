import { FormAlert } from "../../components/FormAlert.tsx";
import { formError } from "../../lib/form-errors.ts";

/**
 * What went wrong with the form as a whole, announced: a fixed `message` (a conflict's explanation)
 * when given, else the server's own message when no field carries it (see lib/form-errors.ts).
 */
export function FormError({ error, message, inline }: { error?: unknown; message?: string; inline?: boolean }) {
  return <FormAlert message={message ?? formError(error)} className="ws-error" inline={inline} />;
}
