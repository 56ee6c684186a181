// The actions this account may take on the unit: only those whose ability the server granted.
import { Button, Group } from '@mantine/core'
import { IconArrowsTransferUp, IconGitMerge, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { CreateChildModal } from './CreateChildModal.tsx'
import { DissolveOrgModal } from './DissolveOrgModal.tsx'
import { EditOrgModal } from './EditOrgModal.tsx'
import { MergeOrgModal } from './MergeOrgModal.tsx'
import { MoveOrgModal } from './MoveOrgModal.tsx'

type Action = 'create' | 'edit' | 'move' | 'merge' | 'dissolve'

export function OrgActions({ org }: { org: Organization }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<Action | null>(null)
  const can = org.abilities
  if (!can.createChild && !can.update && !can.move && !can.merge && !can.dissolve) return null
  const close = () => setOpen(null)
  return (
    <Group gap="sm" role="group" aria-label={t('org.actions')}>
      {can.createChild && (
        <Button leftSection={<IconPlus size={20} aria-hidden />} onClick={() => setOpen('create')}>
          {t('org.create.button')}
        </Button>
      )}
      {can.update && (
        <Button variant="default" leftSection={<IconPencil size={20} aria-hidden />} onClick={() => setOpen('edit')}>
          {t('org.edit.button')}
        </Button>
      )}
      {can.move && (
        <Button variant="default" leftSection={<IconArrowsTransferUp size={20} aria-hidden />} onClick={() => setOpen('move')}>
          {t('org.move.button')}
        </Button>
      )}
      {can.merge && (
        <Button variant="default" leftSection={<IconGitMerge size={20} aria-hidden />} onClick={() => setOpen('merge')}>
          {t('org.merge.button')}
        </Button>
      )}
      {can.dissolve && (
        <Button variant="outline" color="red" leftSection={<IconTrash size={20} aria-hidden />} onClick={() => setOpen('dissolve')}>
          {t('org.dissolve.button')}
        </Button>
      )}
      {open === 'create' && <CreateChildModal parent={org} onClose={close} />}
      {open === 'edit' && <EditOrgModal org={org} onClose={close} />}
      {open === 'move' && <MoveOrgModal org={org} onClose={close} />}
      {open === 'merge' && <MergeOrgModal org={org} onClose={close} />}
      {open === 'dissolve' && <DissolveOrgModal org={org} onClose={close} />}
    </Group>
  )
}
