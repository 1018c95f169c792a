import type { Locator, Page } from 'playwright-core';

/** The card on the board with this key. */
export function cardByKey(page: Page, key: string) {
  return page.locator('.sortable-card', { has: page.locator('.card-key', { hasText: new RegExp(`^${key}$`) }) });
}

/** Drags a card into a column with real pointer events, in small steps, as a hand would. */
export async function dragCard(page: Page, key: string, columnName: string): Promise<void> {
  await dragCardOnto(page, key, page.getByRole('region', { name: columnName, exact: true }).locator('.column-body'));
}

/** Most times a drag is aimed again at a target that moved under it. */
const MOST_AIMS = 5;

/**
 * Drags a card with real pointer events onto the lower part of any drop area (a column's cards, a lane's cell). The
 * board scrolls itself while a card is dragged near its edge, so the target is aimed at where it is once the card is
 * on its way, and again while it still moves: a busy machine gives the scroll time to carry another lane under the
 * pointer.
 */
export async function dragCardOnto(page: Page, key: string, target: Locator): Promise<void> {
  const from = (await cardByKey(page, key).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
  let aimedAt: { x: number; y: number } | null = null;
  for (let aims = 0; aims < MOST_AIMS; aims++) {
    const to = (await target.boundingBox())!;
    const point = { x: to.x + to.width / 2, y: to.y + to.height - 20 };
    if (aimedAt && Math.abs(point.x - aimedAt.x) < 1 && Math.abs(point.y - aimedAt.y) < 1) break;
    await page.mouse.move(point.x, point.y, { steps: aimedAt ? 5 : 20 });
    aimedAt = point;
  }
  await page.mouse.up();
}

/**
 * Picks a card up with the keyboard once nothing on the page is moving, and waits until the board has
 * measured where it can go — it then announces the card over its own place — and listens for the
 * arrow keys, so that those that follow are neither lost nor judged from stale positions on a busy machine.
 */
export async function pickUpByKeyboard(page: Page, key: string): Promise<void> {
  // Cards still sliding after the last drop would be measured mid-way, and the arrow keys judged from there.
  await page.waitForFunction(() => (globalThis as any).document.getAnimations().length === 0);
  await cardByKey(page, key).focus();
  await page.keyboard.press('Space');
  await page.getByText(new RegExp(`card ${key} ".*" is over .*, at ${key}\\.`)).waitFor({ state: 'attached' });
  // dnd-kit's keyboard sensor starts listening for arrow keys in a timer task queued at the pick-up, and
  // a busy browser runs input before timers: an arrow key sent now could arrive before anyone listens.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** Confirms a move forward that passes columns by, as the board asks before sending it ("Move EPIC-3 past Ready?"). */
export async function confirmSkipping(page: Page, key: string, past: string): Promise<void> {
  await page.getByRole('dialog', { name: `Move ${key} past ${past}?` }).getByRole('button', { name: 'Move it' }).click();
}
