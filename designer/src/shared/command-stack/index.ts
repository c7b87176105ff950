export { CommandStack, type Command, type StackListener } from './command-stack'
export { useCommandStack } from './use-command-stack'
