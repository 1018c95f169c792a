/**
 * Keeps the keyboard near where it was when what held it goes away. A button that a save replaces (Save becomes
 * Edit, a form closes, a row is removed) takes the focus with it to the page's start, where a keyboard or screen-reader
 * user loses their place: the browser does not say so (a removed element fires no blur). Once the DOM changes with
 * the focus lost that way, the same thing drawn anew takes it back (a card re-rendered in its column), else the nearest
 * part of the page that is still there (made focusable for the purpose), so that the next Tab goes on from there. Code
 * that puts the focus somewhere on purpose, later, still wins.
 */
export function keepFocusNearby(root: Node = document.body): () => void {
  let held: Element | null = null;
  let around: Element[] = [];
  const onFocusIn = (event: FocusEvent) => {
    held = event.target instanceof Element ? event.target : null;
    around = [];
    for (let element = held?.parentElement ?? null; element && element !== document.body; element = element.parentElement) around.push(element);
  };
  const observer = new MutationObserver(() => {
    if (!held || held.isConnected || (document.activeElement && document.activeElement !== document.body)) return;
    // The same thing drawn anew (a card placed in its column by the server's answer) takes the focus back itself.
    const again = sameThingAgain(held);
    if (again) {
      again.focus({ preventScroll: true });
      return;
    }
    const nearest = around.find((element) => element.isConnected);
    held = null;
    if (!nearest || !(nearest instanceof HTMLElement)) return;
    if (!nearest.hasAttribute('tabindex')) {
      nearest.tabIndex = -1;
      // Focusable for this once: a click inside it later must not outline the whole region.
      nearest.addEventListener('blur', () => nearest.removeAttribute('tabindex'), { once: true });
    }
    nearest.focus({ preventScroll: true });
  });
  document.addEventListener('focusin', onFocusIn);
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    document.removeEventListener('focusin', onFocusIn);
    observer.disconnect();
  };
}

/** The element now on the page that stands for what `lost` stood for: the same card, or the same id. */
function sameThingAgain(lost: Element): HTMLElement | null {
  const itemId = lost.getAttribute('data-item-id');
  const again = itemId ? document.querySelector(`[data-item-id="${CSS.escape(itemId)}"]`) : lost.id ? document.getElementById(lost.id) : null;
  return again instanceof HTMLElement && again.tagName === lost.tagName ? again : null;
}
