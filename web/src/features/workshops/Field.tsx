import { type FieldProps, Field as SharedField } from "../../components/Field.tsx";

/** The shared labelled field, with the workshops feature's own classes (ws-field, ws-hint, ws-error). */
export function Field(props: FieldProps) {
  return <SharedField {...props} prefix="ws" />;
}
