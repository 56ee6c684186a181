// "Lời hứa với nhân dân" on a session's page: every promise made there with its progress; the session's managers add
// them once the session is held.
import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DialogueSession } from '../api.ts'
import { AddPromiseModal } from './PromiseModal.tsx'
import { PromiseList } from './PromiseList.tsx'

export function PromisesSection({ session }: { session: DialogueSession }) {
  const { t } = useTranslation()
  const [adding, setAdding] = useState(false)
  return (
    <Stack gap="sm" component="section" aria-labelledby="dialogue-promises-title">
      <Group justify="space-between" align="center">
        <Title order={2} id="dialogue-promises-title">
          {t('dialogues.promises.title')}
        </Title>
        {session.abilities.addPromises && (
          <Button variant="outline" leftSection={<IconPlus size={20} aria-hidden />} onClick={() => setAdding(true)}>
            {t('dialogues.promises.add')}
          </Button>
        )}
      </Group>
      <Text>{t('dialogues.promises.intro')}</Text>
      {session.promises.length === 0 ? (
        <Text>{session.status === 'planned' ? t('dialogues.promises.onlyHeld') : t('dialogues.promises.empty')}</Text>
      ) : (
        <PromiseList promises={session.promises} label={t('dialogues.promises.title')} />
      )}
      {adding && <AddPromiseModal session={session} onClose={() => setAdding(false)} />}
    </Stack>
  )
}
