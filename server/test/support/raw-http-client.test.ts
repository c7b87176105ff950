import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseResponse, RawHttpClient } from './raw-http-client'

describe('RawHttpClient (the server benchmark client)', () => {
  let server: http.Server
  let port: number
  const seen: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders; body: string }> = []
  const sockets = new Set<number>()

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString('utf8')))
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
        sockets.add(req.socket.remotePort ?? 0)
        if (req.url === '/chunked') {
          // No Content-Length: node sends the body in chunks, here split over several writes.
          res.writeHead(201, { 'content-type': 'application/json' })
          res.write('{"parts":')
          setTimeout(() => res.end('["一","二"]}'), 5)
        } else if (req.url === '/close') {
          res.writeHead(200, { connection: 'close', 'content-type': 'application/json' })
          res.end('{"closing":true}')
        } else if (req.url === '/empty') {
          res.writeHead(204).end()
        } else {
          res.setHeader('content-type', 'application/json')
          res.end(JSON.stringify({ echo: body ? JSON.parse(body) : null, path: req.url }))
        }
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  it('sends the fixed headers and a JSON body, and reuses one connection', async () => {
    const client = new RawHttpClient('127.0.0.1', port, { cookie: 'sid=abc', 'x-csrf-token': 't1' })
    sockets.clear()
    const a = await client.request('POST', '/echo', { action: 'approve', comment: '同意' })
    const b = await client.request('GET', '/second')
    client.close()
    expect(a).toEqual({ status: 200, body: { echo: { action: 'approve', comment: '同意' }, path: '/echo' } })
    expect(b).toEqual({ status: 200, body: { echo: null, path: '/second' } })
    const post = seen.find((s) => s.url === '/echo')!
    expect(post.method).toBe('POST')
    expect(post.headers.cookie).toBe('sid=abc')
    expect(post.headers['x-csrf-token']).toBe('t1')
    expect(post.headers['content-type']).toBe('application/json')
    expect(sockets.size).toBe(1)
  })

  it('reads chunked bodies that arrive over several packets, and empty ones', async () => {
    const client = new RawHttpClient('127.0.0.1', port)
    expect(await client.request('GET', '/chunked')).toEqual({ status: 201, body: { parts: ['一', '二'] } })
    expect(await client.request('GET', '/empty')).toEqual({ status: 204, body: undefined })
    client.close()
  })

  it('opens a new connection after the server closes one', async () => {
    const client = new RawHttpClient('127.0.0.1', port)
    sockets.clear()
    expect((await client.request('GET', '/close')).body).toEqual({ closing: true })
    expect((await client.request('GET', '/after')).body.path).toBe('/after')
    client.close()
    expect(sockets.size).toBe(2)
  })

  it('rejects when nothing listens, and a second request while one is pending', async () => {
    const probe = http.createServer()
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r))
    const freePort = (probe.address() as AddressInfo).port
    await new Promise<void>((r) => probe.close(() => r()))
    await expect(new RawHttpClient('127.0.0.1', freePort).request('GET', '/')).rejects.toThrow(/ECONNREFUSED/)
    const client = new RawHttpClient('127.0.0.1', port)
    const first = client.request('GET', '/one')
    await expect(client.request('GET', '/two')).rejects.toThrow(/one request at a time/)
    expect((await first).body.path).toBe('/one')
    client.close()
  })
})

describe('parseResponse', () => {
  it('waits for the whole body before answering', () => {
    const full = Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n{"a":1}HTTP/1.1')
    expect(parseResponse(full.subarray(0, 20))).toBeUndefined()
    expect(parseResponse(full.subarray(0, 40))).toBeUndefined()
    const parsed = parseResponse(full)!
    expect(parsed.status).toBe(200)
    expect(parsed.body.toString()).toBe('{"a":1}')
    // What follows belongs to the next response.
    expect(full.subarray(parsed.consumed).toString()).toBe('HTTP/1.1')
  })

  it('refuses what is not HTTP', () => {
    expect(() => parseResponse(Buffer.from('SSH-2.0-OpenSSH\r\n\r\n'))).toThrow(/not an HTTP response/)
  })
})
