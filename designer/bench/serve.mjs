// Serve the built app (dist/) under /designer/ on a free loopback port, with /api answering 404
// (the designer then runs on its sample data). Used by the bench and browser smoke checks.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' }

export function serve(root = dist) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname.startsWith('/api/')) {
      res.writeHead(404, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ code: 'not-found', message: 'no server in this check' }))
    }
    const rel = normalize(url.pathname.replace(/^\/designer\/?/, '')).replace(/^(\.\.[/\\])+/, '')
    for (const file of [join(root, rel), join(root, 'index.html')]) {
      try {
        const body = await readFile(file)
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
        return res.end(body)
      } catch {
        // try the SPA fallback
      }
    }
    res.writeHead(404).end()
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port })))
}
