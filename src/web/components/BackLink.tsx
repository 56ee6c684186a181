import { Anchor, Group, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { ErrorState } from './ErrorState.tsx'

/** "← Back to …": the link above a detail page's title. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to}>
      <Group gap={4} component="span">
        <IconArrowLeft size={18} aria-hidden />
        {children}
      </Group>
    </Anchor>
  )
}

/** A detail page that could not load: the way back, the page's title (its h1) and the error with a retry. */
export function LoadFailure({ back, title, error, onRetry }: { back: ReactNode; title: string; error: unknown; onRetry: () => void }) {
  return (
    <>
      {back}
      <Title order={1}>{title}</Title>
      <ErrorState error={error} onRetry={onRetry} />
    </>
  )
}
