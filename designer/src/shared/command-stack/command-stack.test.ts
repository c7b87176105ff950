import { CommandStack, type Command } from './command-stack'

const add = (n: number, mergeKey?: string): Command<number> => ({
  label: `add ${n}`,
  mergeKey,
  execute: (s) => s + n,
  revert: (s) => s - n,
})

describe('CommandStack', () => {
  it('executes, undoes and redoes', () => {
    const stack = new CommandStack(0)
    stack.execute(add(2))
    stack.execute(add(3))
    expect(stack.state).toBe(5)
    expect(stack.undo()).toBe(2)
    expect(stack.undo()).toBe(0)
    expect(stack.canUndo).toBe(false)
    expect(stack.redo()).toBe(2)
    expect(stack.redoLabel).toBe('add 3')
  })

  it('drops the redo stack after a new command', () => {
    const stack = new CommandStack(0)
    stack.execute(add(1))
    stack.undo()
    stack.execute(add(5))
    expect(stack.canRedo).toBe(false)
    expect(stack.state).toBe(5)
  })

  it('merges consecutive commands with the same key into one undo step', () => {
    const stack = new CommandStack(0)
    stack.execute(add(1, 'title'))
    stack.execute(add(1, 'title'))
    stack.execute(add(1, 'title'))
    expect(stack.state).toBe(3)
    expect(stack.undo()).toBe(0)
    expect(stack.redo()).toBe(3)
  })

  it('does not record a command that changes nothing', () => {
    const stack = new CommandStack(7)
    stack.execute({ label: 'noop', execute: (s) => s, revert: (s) => s })
    expect(stack.canUndo).toBe(false)
  })

  it('notifies listeners and resets', () => {
    const stack = new CommandStack(0)
    const seen: number[] = []
    stack.subscribe((s) => seen.push(s))
    stack.execute(add(4))
    stack.reset(10)
    expect(seen).toEqual([4, 10])
    expect(stack.canUndo).toBe(false)
  })
})
