import type { Box } from '../../api/types'

export const BOXES: Box[] = ['todo', 'done', 'started', 'cc']
export const CARDS = ['none', 'yellow', 'red'] as const
export const STATUSES = [
  'draft',
  'in-progress',
  'returned',
  'completed',
  'approved',
  'rejected',
  'withdrawn',
  'cancelled',
] as const

/** What the inbox shows: the box, its filters and the page, all kept in the URL. */
export interface InboxQuery {
  box: Box
  q?: string
  card?: string
  status?: string
  matterId?: string
  /** 抄送我的 only: the copies not read yet. */
  unread?: boolean
  page: number
}

/**
 * Read the inbox query from the URL (`?box=todo&q=…&card=red&status=…&matter=…&page=2`, and
 * `unread=1` on 抄送我的), so Back
 * from a task returns to the same box, filters and page. Unknown values fall back to the defaults.
 */
export function parseInboxQuery(params: URLSearchParams): InboxQuery {
  const box = params.get('box')
  const card = params.get('card') ?? ''
  const status = params.get('status') ?? ''
  const page = Number(params.get('page'))
  const out: InboxQuery = {
    box: (BOXES as string[]).includes(box ?? '') ? (box as Box) : 'todo',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
  const q = params.get('q')?.trim()
  if (q) out.q = q
  if ((CARDS as readonly string[]).includes(card)) out.card = card
  if ((STATUSES as readonly string[]).includes(status)) out.status = status
  const matterId = params.get('matter')?.trim()
  if (matterId) out.matterId = matterId
  if (out.box === 'cc' && params.get('unread') === '1') out.unread = true
  return out
}

/** The URL parameters of a query, leaving out defaults (`box=todo` stays for clarity). */
export function inboxParams(query: InboxQuery): Record<string, string> {
  const out: Record<string, string> = { box: query.box }
  if (query.q) out.q = query.q
  if (query.card) out.card = query.card
  if (query.status) out.status = query.status
  if (query.matterId) out.matter = query.matterId
  if (query.unread) out.unread = '1'
  if (query.page > 1) out.page = String(query.page)
  return out
}

/** Change filters: any filter change goes back to page 1; switching box clears the filters. */
export function changeQuery(query: InboxQuery, change: Partial<InboxQuery>): InboxQuery {
  if (change.box && change.box !== query.box) return { box: change.box, page: 1 }
  const next: InboxQuery = { ...query, ...change }
  if (!('page' in change)) next.page = 1
  for (const k of ['q', 'card', 'status', 'matterId', 'unread'] as const) if (!next[k]) delete next[k]
  return next
}

/** Whether any filter narrows the list (the empty state then offers to clear them). */
export function isFiltered(query: InboxQuery): boolean {
  return Boolean(query.q || query.card || query.status || query.matterId || query.unread)
}

/** The deadline tone of a row: the server's card, or red once the due time has passed meanwhile. */
export function deadlineTone(
  card: string | undefined,
  due: string | null | undefined,
  now: number,
  finished: boolean,
): 'none' | 'yellow' | 'red' {
  if (card === 'red') return 'red'
  if (!finished && due && Date.parse(due) < now) return 'red'
  return card === 'yellow' ? 'yellow' : 'none'
}
