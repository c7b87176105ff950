/**
 * A diagram-js style command stack over an immutable state. Every edit is a {@link Command}:
 * `execute` returns the next state and `revert` returns the state before it, so undo/redo never
 * needs snapshots. Commands that share a `mergeKey` and follow each other (typing in one text box)
 * are merged into one undo step.
 */
export interface Command<S> {
  /** Shown in the undo/redo tooltips. */
  readonly label: string
  /** Consecutive commands with the same key collapse into one undo step. */
  readonly mergeKey?: string
  execute(state: S): S
  /** Applied to the state `execute` produced; returns the state before it. */
  revert(state: S): S
}

export type StackListener<S> = (state: S) => void

export class CommandStack<S> {
  private undoStack: Command<S>[] = []
  private redoStack: Command<S>[] = []
  private listeners = new Set<StackListener<S>>()

  constructor(private current: S) {}

  get state(): S {
    return this.current
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0
  }

  get undoLabel(): string | undefined {
    return this.undoStack[this.undoStack.length - 1]?.label
  }

  get redoLabel(): string | undefined {
    return this.redoStack[this.redoStack.length - 1]?.label
  }

  /** Run a command; a no-op command (same state back) is not recorded. */
  execute(command: Command<S>): S {
    const next = command.execute(this.current)
    if (next === this.current) return next
    const top = this.undoStack[this.undoStack.length - 1]
    if (command.mergeKey && top && top.mergeKey === command.mergeKey) {
      this.undoStack[this.undoStack.length - 1] = merge(top, command)
    } else {
      this.undoStack.push(command)
    }
    this.redoStack = []
    return this.set(next)
  }

  undo(): S {
    const command = this.undoStack.pop()
    if (!command) return this.current
    this.redoStack.push(command)
    return this.set(command.revert(this.current))
  }

  redo(): S {
    const command = this.redoStack.pop()
    if (!command) return this.current
    this.undoStack.push(command)
    return this.set(command.execute(this.current))
  }

  /** Replace the state and forget the history (a new document was loaded). */
  reset(state: S): S {
    this.undoStack = []
    this.redoStack = []
    return this.set(state)
  }

  subscribe(listener: StackListener<S>): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private set(state: S): S {
    this.current = state
    this.listeners.forEach((l) => l(state))
    return state
  }
}

// helpers //////////////////////

function merge<S>(first: Command<S>, second: Command<S>): Command<S> {
  return {
    label: second.label,
    mergeKey: second.mergeKey,
    // Redo replays both in order; undo reverts the second, then the first.
    execute: (s) => second.execute(first.execute(s)),
    revert: (s) => first.revert(second.revert(s)),
  }
}
