import path from 'node:path'
import express, { type Router } from 'express'
import { getAbsoluteFSPath } from 'swagger-ui-dist'

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>协同办 Tongban API 参考 / API reference</title>
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css" />
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/init.js"></script>
</body>
</html>`

// Kept out of the page so the default Content-Security-Policy (no inline scripts) holds.
const INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true,
  withCredentials: true,
  requestInterceptor: function (req) {
    var m = document.cookie.match(/(?:^|; )tb_csrf=([^;]+)/);
    if (m) req.headers['X-CSRF-Token'] = decodeURIComponent(m[1]);
    return req;
  } });`

/** The interactive API reference at /api/docs, served from the local swagger-ui-dist (no CDN). */
export function apiDocsRouter(): Router {
  const router = express.Router()
  router.use(
    '/api/docs/assets',
    express.static(path.resolve(getAbsoluteFSPath()), { index: false, maxAge: '1h' }),
  )
  router.get('/api/docs/init.js', (_req, res) => {
    res.type('application/javascript').send(INIT)
  })
  router.get(['/api/docs', '/api/docs/'], (_req, res) => {
    res.type('html').send(PAGE)
  })
  return router
}
