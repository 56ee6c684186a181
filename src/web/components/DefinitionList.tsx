import { Fragment, type ReactNode } from 'react'

/** Label–value pairs as a description list (styled by `.definition-list`); each label names one row. */
export function DefinitionList({ items }: { items: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="definition-list">
      {items.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  )
}
