/**
 * What went wrong with a form as a whole (or with a part no one field shows), announced to screen
 * readers; nothing while nothing is wrong. `className` is the feature's own error style.
 */
export function FormAlert({
  message,
  className = "field-error",
  inline,
}: {
  message?: string;
  className?: string;
  inline?: boolean;
}) {
  if (!message) return null;
  const Tag = inline ? "span" : "p";
  return (
    <Tag className={className} role="alert">
      {message}
    </Tag>
  );
}
