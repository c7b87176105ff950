import { applySections, readReadme } from '../scripts/build-readme'

describe('README', () => {
  it('shows the org tree, people and matters generated from the committed data (npm run build:readme)', () => {
    const readme = readReadme()
    expect(applySections(readme)).toBe(readme)
  })
})
