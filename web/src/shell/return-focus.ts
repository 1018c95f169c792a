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
