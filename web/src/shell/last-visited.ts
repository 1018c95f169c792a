/** The board and portfolio the user last worked in: where "home" and the b/p shortcuts lead. */
export type Place = { boardId?: string; portfolioId?: string };

const KEY = 'pk-last-place';

export function lastPlace(): Place {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Place;
  } catch {
    return {};
  }
}

export function rememberPlace(place: Place): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...lastPlace(), ...place }));
  } catch {
    // Without storage the app simply starts from the first portfolio.
  }
}
