import { useEffect, useState } from 'react'
import { CommandStack } from './command-stack'

/** A command stack bound to React: re-renders on every change. */
export function useCommandStack<S>(initial: S): { stack: CommandStack<S>; state: S } {
  const [stack] = useState(() => new CommandStack(initial))
  const [state, setState] = useState(stack.state)
  useEffect(() => stack.subscribe(setState), [stack])
  return { stack, state }
}
