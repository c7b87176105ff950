import type { Preview } from '@storybook/react-vite'
import { Providers } from '../src/app'
import { offlineApi } from '../src/stories/offline-api'

const preview: Preview = {
  decorators: [
    (Story) => (
      <Providers api={offlineApi}>
        <div style={{ padding: 16 }}>
          <Story />
        </div>
      </Providers>
    ),
  ],
}
export default preview
