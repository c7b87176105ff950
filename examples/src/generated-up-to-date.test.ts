import { buildBundles } from '../scripts/build-matters'
import { buildDirectory } from '../scripts/build-directory'
import { loadBundles, loadDirectory } from './index'

// The committed JSON is the artifact; the scripts are how it is made. They must agree, so an edit
// to one without re-running the other fails here (fix: `npm run build:data -w @tongban/examples`).
describe('committed data matches its generator', () => {
  it('data/directory.json == scripts/build-directory.ts', () => {
    expect(loadDirectory()).toEqual(buildDirectory())
  })

  it('matters/*.json == scripts/build-matters.ts', () => {
    expect(loadBundles()).toEqual(buildBundles())
  })
})
