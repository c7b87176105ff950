import { enterHuman } from '../activity/enter-human'
import type { NodeBehavior } from './node-behavior'

/** 办理: like approval (same modes and policies); `approve` means "done". */
export const handleNode: NodeBehavior<'handle'> = {
  type: 'handle',
  enter: enterHuman,
}
