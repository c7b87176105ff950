export * from './primitives'
export * from './issue'
