/** An error made on the phone, next to its field; always present, so a new text is read out (role=alert). */
export function FieldError({ id, text }: { id: string; text: string | null }) {
  return (
    <p id={id} className="error-text" role="alert">
      {text}
    </p>
  );
}
