import net from 'node:net'

/** One answer: the status and the body parsed as JSON (undefined when empty). */
export interface RawResponse {
  status: number
  body: any
}

/**
 * An HTTP/1.1 client on one keep-alive TCP connection, one request at a time, written for the
 * server benchmark: the request is one string written at once and the answer is read with a
 * minimal parser (status line, `Content-Length` or chunked body), so the client spends a fraction
 * of what `node:http`'s client does (its request and response objects, streams and agent) and
 * leaves the machine's CPU to the server it measures — pgbench's own client is C. Reconnects when
 * the server closes the connection between requests.
 */
export class RawHttpClient {
  private socket: net.Socket | undefined
  private buffered: Buffer = Buffer.alloc(0)
  private pending: { resolve: (r: RawResponse) => void; reject: (e: Error) => void } | undefined
  private readonly fixedHeaders: string

  constructor(
    private readonly host: string,
    private readonly port: number,
    headers: Record<string, string> = {},
  ) {
    this.fixedHeaders =
      `Host: ${host}:${port}\r\n` +
      Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('')
  }

  request(method: string, path: string, body?: unknown): Promise<RawResponse> {
    if (this.pending) return Promise.reject(new Error('RawHttpClient: one request at a time'))
    const payload = body === undefined ? '' : JSON.stringify(body)
    const head =
      `${method} ${path} HTTP/1.1\r\n${this.fixedHeaders}` +
      (body === undefined ? '' : 'Content-Type: application/json\r\n') +
      `Content-Length: ${Buffer.byteLength(payload)}\r\n\r\n`
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject }
      this.connection().write(head + payload)
    })
  }

  close(): void {
    const socket = this.socket
    this.socket = undefined
    socket?.destroy()
  }

  private connection(): net.Socket {
    if (this.socket && !this.socket.destroyed) return this.socket
    this.buffered = Buffer.alloc(0)
    const socket = net.connect({ host: this.host, port: this.port, noDelay: true })
    socket.on('data', (chunk: Buffer) => {
      this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk
      this.tryAnswer()
    })
    const fail = (err: Error) => {
      // A socket this client already let go of (closed after a `Connection: close` answer) has
      // nothing pending: the next request is on a new one.
      if (this.socket !== socket) return
      this.socket = undefined
      const pending = this.pending
      this.pending = undefined
      pending?.reject(err)
    }
    socket.on('error', fail)
    socket.on('close', () => fail(new Error('connection closed before the response was complete')))
    this.socket = socket
    return socket
  }

  /** Answers the pending request once its whole response is buffered. */
  private tryAnswer(): void {
    const parsed = parseResponse(this.buffered)
    if (!parsed) return
    this.buffered = this.buffered.subarray(parsed.consumed)
    if (parsed.close) this.close()
    const pending = this.pending
    this.pending = undefined
    if (!pending) return
    const text = parsed.body.toString('utf8')
    try {
      pending.resolve({ status: parsed.status, body: text ? JSON.parse(text) : undefined })
    } catch {
      pending.reject(new Error(`response body is not JSON (status ${parsed.status}): ${text.slice(0, 200)}`))
    }
  }
}

interface ParsedResponse {
  status: number
  body: Buffer
  /** Bytes of `buf` this response took. */
  consumed: number
  /** The server said it closes the connection. */
  close: boolean
}

/** One complete HTTP/1.1 response at the start of `buf`, or undefined while it is incomplete. */
export function parseResponse(buf: Buffer): ParsedResponse | undefined {
  const headEnd = buf.indexOf('\r\n\r\n')
  if (headEnd < 0) return undefined
  const lines = buf.toString('latin1', 0, headEnd).split('\r\n')
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '')?.[1])
  if (!status) throw new Error(`not an HTTP response: ${lines[0]}`)
  let length: number | undefined
  let chunked = false
  let close = false
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    const colon = line.indexOf(':')
    const name = line.slice(0, colon).trim().toLowerCase()
    const value = line
      .slice(colon + 1)
      .trim()
      .toLowerCase()
    if (name === 'content-length') length = Number(value)
    else if (name === 'transfer-encoding') chunked = value.includes('chunked')
    else if (name === 'connection') close = value === 'close'
  }
  const bodyStart = headEnd + 4
  if (!chunked) {
    const end = bodyStart + (length ?? 0)
    if (buf.length < end) return undefined
    return { status, body: buf.subarray(bodyStart, end), consumed: end, close }
  }
  const parts: Buffer[] = []
  let at = bodyStart
  for (;;) {
    const lineEnd = buf.indexOf('\r\n', at)
    if (lineEnd < 0) return undefined
    const size = parseInt(buf.toString('latin1', at, lineEnd), 16)
    if (Number.isNaN(size)) throw new Error('malformed chunk size')
    const dataStart = lineEnd + 2
    if (size === 0) {
      // No trailers are expected: the last chunk is followed by an empty line.
      if (buf.length < dataStart + 2) return undefined
      return { status, body: Buffer.concat(parts), consumed: dataStart + 2, close }
    }
    if (buf.length < dataStart + size + 2) return undefined
    parts.push(buf.subarray(dataStart, dataStart + size))
    at = dataStart + size + 2
  }
}
