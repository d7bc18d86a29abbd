import { type FieldProps, Field as SharedField } from "../../components/Field.tsx";

/** The shared labelled field, with the imports feature's own classes (im-field, im-hint, im-error). */
export function Field(props: FieldProps) {
  return <SharedField {...props} prefix="im" />;
}
