import type { ForkFrame } from '../types'

/** `fork.branch/fork.branch` form of a stack (stored in path entries). */
export function scopeKey(stack: readonly ForkFrame[]): string {
  let key = ''
  for (const f of stack) key += (key ? '/' : '') + f.fork + '#' + f.branch
  return key
}

export function parseScope(key: string): ForkFrame[] {
  if (!key) return []
  return key.split('/').map((part) => {
    const at = part.lastIndexOf('#')
    return { fork: part.slice(0, at), branch: Number(part.slice(at + 1)) }
  })
}

/** Whether `stack` lies inside the scope `prefix` (equal or deeper). */
export function startsWith(stack: readonly ForkFrame[], prefix: readonly ForkFrame[]): boolean {
  if (prefix.length > stack.length) return false
  for (let i = 0; i < prefix.length; i++) {
    const a = stack[i]!
    const b = prefix[i]!
    if (a.fork !== b.fork || a.branch !== b.branch) return false
  }
  return true
}

/** Length of the common prefix of two stacks. */
export function commonPrefix(a: readonly ForkFrame[], b: readonly ForkFrame[]): number {
  let i = 0
  while (i < a.length && i < b.length && a[i]!.fork === b[i]!.fork && a[i]!.branch === b[i]!.branch) i++
  return i
}
