import { Button, Group, Stack, Switch } from '@mantine/core'
import { IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { ExportButton } from '../../exports/components/ExportButton.tsx'
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
        <Group gap="sm">
          {org.abilities.createPerson && (
            <>
              <Button leftSection={<IconUserPlus size={20} aria-hidden />} onClick={() => setAdding(true)}>
                {t('people.add')}
              </Button>
              <ImportLink orgId={org.id} />
            </>
          )}
          {/* Offered once the list has answered with someone (a refusal or an empty unit has nothing to download). */}
          {(people.data?.pages[0]?.items.length ?? 0) > 0 && <ExportButton list="people" params={{ org: org.id, subtree: String(subtree) }} />}
        </Group>
      </Group>
      <PeopleResults query={people} />
      {adding && <CreatePersonModal org={org} onClose={() => setAdding(false)} />}
    </Stack>
  )
}
