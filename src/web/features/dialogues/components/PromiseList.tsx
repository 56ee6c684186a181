// A list of promise cards with the report and edit dialogs they open: the session's promises and the tracker.
import { Box } from '@mantine/core'
import { useState } from 'react'
import type { DialoguePromise } from '../api.ts'
import { EditPromiseModal } from './PromiseModal.tsx'
import { PromiseCard } from './PromiseCard.tsx'
import { ReportModal } from './ReportModal.tsx'

export function PromiseList({ promises, label, showSession }: { promises: readonly DialoguePromise[]; label: string; showSession?: boolean }) {
  const [open, setOpen] = useState<{ kind: 'report' | 'edit'; promise: DialoguePromise } | null>(null)
  const close = () => setOpen(null)
  return (
    <>
      <Box component="ul" aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
        {promises.map((p) => (
          <PromiseCard key={p.id} promise={p} showSession={showSession} onReport={() => setOpen({ kind: 'report', promise: p })} onEdit={() => setOpen({ kind: 'edit', promise: p })} />
        ))}
      </Box>
      {open?.kind === 'report' && <ReportModal promise={open.promise} onClose={close} />}
      {open?.kind === 'edit' && <EditPromiseModal promise={open.promise} onClose={close} />}
    </>
  )
}
