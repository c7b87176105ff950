export { stopE2eServer as default } from '@tongban/server/testing'
