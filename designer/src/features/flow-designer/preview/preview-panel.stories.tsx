import type { Meta, StoryObj } from '@storybook/react-vite'
import { archiveLookup } from '../../../fixtures'
import { PreviewPanel } from './preview-panel'

const meta: Meta<typeof PreviewPanel> = { title: 'Flow designer/Preview', component: PreviewPanel }
export default meta
export const ArchiveLookup: StoryObj<typeof PreviewPanel> = { args: { bundle: archiveLookup } }
