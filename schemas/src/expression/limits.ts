/** Longest accepted source text, in UTF-16 code units (the flow schema's `Expression` agrees). */
export const MAX_SOURCE_LENGTH = 2000

/** Deepest accepted syntax tree. Real conditions nest a handful of levels; this bounds recursion. */
export const MAX_AST_DEPTH = 64

/** Compiled expressions kept per process (a form or flow holds tens; a server holds thousands). */
export const COMPILE_CACHE_SIZE = 5000

/** Property names never readable, whatever object they sit on. */
export const FORBIDDEN_MEMBERS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor'])
