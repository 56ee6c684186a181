import { Table } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A wide table that scrolls sideways on phones: the scrolling box is a named region in the tab order, so it can be
 * scrolled from the keyboard even when no cell holds a link.
 */
export function ScrollTable({ minWidth, label, children }: { minWidth: number; label: string; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-label={t('modelStats.tableRegion', { name: label })}>
      <Table withTableBorder striped verticalSpacing="xs" aria-label={label}>
        {children}
      </Table>
    </Table.ScrollContainer>
  )
}
