/** A syntactically valid 18-digit resident ID (GB 11643 check digit) for invented people. */
export function idCardNumber(region: string, birth: string, sequence: string): string {
  const body = `${region}${birth}${sequence}`
  if (!/^\d{17}$/.test(body)) throw new Error(`bad id body ${body}`)
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0)
  return body + '10X98765432'[sum % 11]
}
