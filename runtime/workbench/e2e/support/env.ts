export { e2eEnv } from '@tongban/server/testing'
