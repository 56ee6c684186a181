// A chart with its text alternative: the drawing is hidden from screen readers (and out of the tab order), the same
// numbers follow in a table that only they read.
import { Box, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { useId, type ReactNode } from 'react'

export interface ChartTable {
  caption: string
  head: readonly string[]
  /** The first cell of each row names it (a row header). */
  rows: readonly (readonly [string, ...string[]])[]
}

export function ChartFigure({ title, hint, table, children }: { title: string; hint?: ReactNode; table: ChartTable; children: ReactNode }) {
  const id = useId()
  return (
    <Stack gap="xs" component="figure" m={0} aria-labelledby={id}>
      <Title order={3} id={id}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
      <Box aria-hidden>{children}</Box>
      <VisuallyHidden>
        <Table>
          <caption>{table.caption}</caption>
          <Table.Thead>
            <Table.Tr>
              {table.head.map((h) => (
                <Table.Th key={h} scope="col">
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map(([name, ...cells], i) => (
              <Table.Tr key={`${i}-${name}`}>
                <Table.Th scope="row">{name}</Table.Th>
                {cells.map((c, j) => (
                  <Table.Td key={j}>{c}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Stack>
  )
}
