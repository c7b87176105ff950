/** Today in the browser's zone as `YYYY-MM-DD` (the form core has no clock; the app passes it in). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
