/** Reading a form's fields as the API wants them: an empty field means "none" (null), not an empty string or zero. */
export function textOrNull(form: FormData, name: string): string | null {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? null : value;
}

export function text(form: FormData, name: string): string {
  return String(form.get(name) ?? '');
}

/** A number typed in a field, or null when the field is empty (the server names a value it refuses). */
export function numberOrNull(raw: string): number | null {
  const value = raw.trim();
  return value === '' ? null : Number(value);
}
