import { Button, Group, Stack, Switch } from '@mantine/core'
import { IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { ImportLink } from '../../imports/components/ImportLink.tsx'
import { CreatePersonModal } from '../../people/components/CreatePersonModal.tsx'
import { PeopleResults } from '../../people/components/PeopleResults.tsx'
import { usePeople } from '../../people/api.ts'

/** People placed in the unit now (or anywhere below it), a page at a time. */
export function OrgPeopleTab({ org }: { org: Organization }) {
  const { t } = useTranslation()
  const [subtree, setSubtree] = useState(org.childCount > 0)
  const [adding, setAdding] = useState(false)
  const people = usePeople({ q: '', org: org.id, subtree })
  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        {org.childCount > 0 ? (
          <Switch label={t('people.includeSubtree')} checked={subtree} onChange={(e) => setSubtree(e.currentTarget.checked)} />
        ) : (
          <span />
        )}
        {org.abilities.createPerson && (
          <Group gap="sm">
            <Button leftSection={<IconUserPlus size={20} aria-hidden />} onClick={() => setAdding(true)}>
              {t('people.add')}
            </Button>
            <ImportLink orgId={org.id} />
          </Group>
        )}
      </Group>
      <PeopleResults query={people} />
      {adding && <CreatePersonModal org={org} onClose={() => setAdding(false)} />}
    </Stack>
  )
}
