import { useEffect, useRef } from 'react';

/**
 * The button that opened a part of the page (a form, a confirmation) takes the keyboard back when that part is put
 * away (`putAway`, then closing it), rather than leaving it where the part was. Closed by what it did (a save), the
 * part leaves the keyboard to what follows.
 */
export function useReturnFocus<Opener extends HTMLElement>(open: boolean) {
  const opener = useRef<Opener>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (!open && returning.current) opener.current?.focus();
    returning.current = false;
  }, [open]);
  return { opener, putAway: () => void (returning.current = true) };
}

/**
 * After a form's save disabled the button it was sent with, `field` takes the keyboard: unless the person has moved on
 * meanwhile, to somewhere else than the page's body (where a disabled button leaves it) or the field's own form.
 */
export function keepKeyboardIn(field: HTMLInputElement | HTMLTextAreaElement | null): void {
  const active = field?.ownerDocument.activeElement ?? null;
  if (field && (active === field.ownerDocument.body || field.form?.contains(active))) field.focus();
}
