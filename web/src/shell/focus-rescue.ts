/**
 * Keeps the keyboard near where it was when what held it goes away or is switched off. A button disabled while its
 * form saves, or replaced once it has (Save becomes Edit, a form closes, a row is removed), takes the focus with it to
 * the page's start, where a keyboard or screen-reader user loses their place: the browser does not say so (no blur
 * tells it). So, once the DOM changes with the focus lost that way:
 * - the same thing drawn anew takes it back (a card re-rendered in its column);
 * - else the nearest part of the page that is still there takes it (focusable for the purpose, outlined lightly for
 *   keyboard users only: app.css), so that the next Tab goes on from there;
 * - a control switched off, or drawn anew later, leaves it with that part of the page meanwhile, and takes it again once
 *   it is usable (the Save button after the save), unless the focus has moved on or a few seconds have passed.
 * Focus the person moves themselves (a click on the page's background) is left where they put it, and code that puts
 * the focus somewhere on purpose, later, still wins.
 */
export function keepFocusNearby(root: Node = document.body): () => void {
  // The control the person (or the page's own code) last put the focus on, and the parts of the page around it.
  let held: HTMLElement | null = null;
  let around: Element[] = [];
  const onFocusIn = (event: FocusEvent) => {
    // A region holding the focus for a control is no control: what it holds the focus for is still awaited.
    if (!(event.target instanceof HTMLElement) || event.target.classList.contains(RESCUED)) return;
    held = event.target;
    around = [];
    for (let element = held.parentElement; element && element !== document.body; element = element.parentElement) around.push(element);
  };
  const onFocusOut = () => {
    const leaving = held;
    // Still there and usable as the event ends: the person moved the focus away themselves, before any change of the
    // page could be mistaken for taking it.
    queueMicrotask(() => {
      if (held === leaving && leaving?.isConnected && !switchedOff(leaving) && lostFocus()) held = null;
    });
  };
  // Until when a region holding the focus waits for the control: every change of the page meanwhile looks for it.
  let waitingUntil = 0;
  const observer = new MutationObserver(() => {
    const active = document.activeElement;
    const holding = active instanceof HTMLElement && active.classList.contains(RESCUED);
    if (holding && Date.now() > waitingUntil) held = null;
    if (!held || !(holding || lostFocus())) return;
    // Drawn anew, it is looked for where the focus waits for it (the page, when the focus is lost).
    const back = held.isConnected ? (switchedOff(held) ? null : held) : sameThingAgain(held, holding ? active : document);
    if (back) back.focus({ preventScroll: true });
    else if (!holding) {
      const region = around.find((element): element is HTMLElement => element.isConnected && element instanceof HTMLElement);
      if (region) focusRegion(region);
      waitingUntil = Date.now() + LONGEST_WAIT_MS;
    }
  });
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', onFocusOut);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  return () => {
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('focusout', onFocusOut);
    observer.disconnect();
  };
}

/**
 * How long a region holding the focus waits for the control it holds it for (a slow save, a form drawn anew): after
 * that the focus stays where it is, and changes of the page (a busy board's) no longer look for the control.
 */
const LONGEST_WAIT_MS = 5000;

/** The class of a region that holds the focus only until what lost it is back. */
const RESCUED = 'focus-rescued';
const lostFocus = () => document.activeElement === null || document.activeElement === document.body;
const switchedOff = (element: HTMLElement) => element.matches(':disabled');

/** What tells a control from the others of the page: its kind, its name, and its words. */
const signatureOf = (element: Element) => [element.tagName, element.getAttribute('name'), element.getAttribute('aria-label'), element.textContent?.trim()].join('|');

/**
 * The element now on the page that stands for what `lost` stood for: the same card, the same id, or the one control
 * of the same kind and words (a form drawn anew once saved has its "Save Reviewing" again).
 */
function sameThingAgain(lost: Element, within: ParentNode): HTMLElement | null {
  const itemId = lost.getAttribute('data-item-id');
  const again = itemId ? document.querySelector(`[data-item-id="${CSS.escape(itemId)}"]`) : lost.id ? document.getElementById(lost.id) : null;
  if (again instanceof HTMLElement && again.tagName === lost.tagName) return again;
  if (!lost.matches('button, a[href], summary')) return null;
  const signature = signatureOf(lost);
  const alike = [...within.querySelectorAll<HTMLElement>(lost.tagName)].filter((element) => signatureOf(element) === signature && !switchedOff(element));
  return alike.length === 1 ? alike[0]! : null;
}

/** Puts the focus on a part of the page that takes none of its own, for this once. */
function focusRegion(region: HTMLElement): void {
  if (!region.hasAttribute('tabindex')) {
    region.tabIndex = -1;
    region.classList.add(RESCUED);
    region.addEventListener(
      'blur',
      () => {
        region.removeAttribute('tabindex');
        region.classList.remove(RESCUED);
      },
      { once: true },
    );
  }
  region.focus({ preventScroll: true });
}
