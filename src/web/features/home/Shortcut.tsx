import { Card, Group, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconChevronRight } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'

/** A large card linking to a page from the home page: icon, title, one line on what is there. */
export function Shortcut({ to, icon, title, hint }: { to: string; icon: ReactNode; title: string; hint: string }) {
  return (
    <Card component={Link} to={to} withBorder padding="lg" radius="md" style={{ textDecoration: 'none' }}>
      <Group wrap="nowrap" align="flex-start">
        <ThemeIcon size={48} radius="md" variant="light" aria-hidden>
          {icon}
        </ThemeIcon>
        <Stack gap={4} style={{ flex: 1 }}>
          <Text fw={700} size="lg" c="blue.9">
            {title}
          </Text>
          <Text size="md" c="dimmed">
            {hint}
          </Text>
        </Stack>
        <IconChevronRight aria-hidden />
      </Group>
    </Card>
  )
}
