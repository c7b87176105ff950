import crypto from 'node:crypto'

const names = new Map<string, string>()

/**
 * A hot query as a named prepared statement: PostgreSQL parses and plans it once per connection
 * (and settles on a generic plan after five runs) instead of on every call. Planning was most of
 * the database time of a task action (the save statement alone took 2–5 ms to plan). The name is
 * derived from the text, so two texts never share a name. Use it only for fixed texts (or a few
 * variants): every distinct text stays prepared on every pooled connection.
 * @example await db.query(prepared('SELECT … WHERE id = $1'), [id])
 */
export function prepared(text: string): { name: string; text: string } {
  let name = names.get(text)
  if (!name) {
    name = 'tb_' + crypto.createHash('sha1').update(text).digest('hex').slice(0, 20)
    names.set(text, name)
  }
  return { name, text }
}
