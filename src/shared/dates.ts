/**
 * A day as `YYYY-MM-DD` (GB/T 7408), in the time zone of the machine that runs it: in the
 * browser, the day the reader reads the page.
 */
export function isoDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}
