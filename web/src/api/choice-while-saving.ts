import { useState } from 'react';

/**
 * What a control shows while the change made with it is saved. An optimistic update of the query cache
 * reaches the control a task later, and a controlled input meanwhile snaps back to the saved value: the
 * box flickers, and a click looks lost to whoever looks at once. The value chosen is held from the event
 * itself until the save settles — by then the cache holds it, or a refusal has put the old one back.
 */
export function useChoiceWhileSaving<V>() {
  const [held, setHeld] = useState<{ key: string; value: V } | null>(null);
  return {
    /** The value the control for `key` shows: the one just chosen while it is saved, else `saved`. */
    shown: (key: string, saved: V): V => (held?.key === key ? held.value : saved),
    /** Shows `value` for `key` from now on; call what it answers once the save has settled. */
    hold: (key: string, value: V): (() => void) => {
      setHeld({ key, value });
      return () => setHeld((current) => (current?.key === key ? null : current));
    },
  };
}
