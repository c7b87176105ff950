import type { Response } from 'express'

/**
 * A JSON answer to a write (POST/PUT/PATCH/DELETE): the bytes `res.json` would send, without the
 * ETag `res.send` computes (a SHA-1 of the body) for every method although only GET and HEAD can
 * use one. GET routes keep `res.json` (ETag and 304 answers).
 */
export function sendWriteJson(res: Response, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Content-Length', Buffer.byteLength(text))
  res.end(text)
}
