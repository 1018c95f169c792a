const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar day ("2026-12-20") as the API's sentences word it, unambiguous in any locale: "20 Dec 2026". */
export function dayText(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[month! - 1]} ${year}`;
}

/**
 * An instant, written with any offset, as the API's sentences word it, unambiguous in any locale: "20 Dec 2026, 14:30
 * UTC". One that is no instant is given as written: a sentence that tells when is no reason to fail the answer.
 */
export function instantText(instant: string): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  const utc = at.toISOString();
  return `${dayText(utc.slice(0, 10))}, ${utc.slice(11, 16)} UTC`;
}
