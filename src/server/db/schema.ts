// Every table, for drizzle's typed queries and drizzle-kit's migration generator.
export * from '../features/organizations/organizations.table.ts'
export * from '../features/people/people.table.ts'
export * from '../features/accounts/accounts.table.ts'
export * from '../features/audit/audit.table.ts'
export * from '../features/rules/rules.table.ts'
export * from '../features/cycles/cycles.table.ts'
export * from '../features/commitments/commitments.table.ts'
export * from '../features/evaluations/evaluations.table.ts'
