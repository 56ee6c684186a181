// "Lĩnh vực phản ánh": the topics citizens choose, each with its handling deadline in working days. Handling units read
// them; administrators add topics, rename them, change deadlines (for new cases) and stop offering a topic.
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { IconArrowLeft, IconPencil, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatNumber } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useFeedbackCategories, type FeedbackCategoryItem } from './api.ts'
import { CategoryModal } from './components/CategoryModal.tsx'
import { canManageFeedbackCategories, FEEDBACK_INBOX_PATH } from './paths.ts'

export function FeedbackCategoriesPage() {
  const { t } = useTranslation()
  usePageTitle(t('feedback.categories.title'))
  const me = useMe()
  const manage = canManageFeedbackCategories(me)
  const categories = useFeedbackCategories()
  const [editing, setEditing] = useState<FeedbackCategoryItem | 'new' | null>(null)
  const label = t('feedback.categories.table')

  return (
    <Stack gap="md">
      <Anchor component={Link} to={FEEDBACK_INBOX_PATH} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('feedback.case.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('feedback.categories.title')}</Title>
        {manage && (
          <Button leftSection={<IconPlus size={20} aria-hidden />} onClick={() => setEditing('new')}>
            {t('feedback.categories.add')}
          </Button>
        )}
      </Group>
      <Text>{t('feedback.categories.intro')}</Text>
      {categories.isPending ? (
        <Loading />
      ) : categories.error ? (
        <ErrorState error={categories.error} onRetry={() => void categories.refetch()} />
      ) : (
        <Table.ScrollContainer type="native" minWidth={640} tabIndex={0} role="region" aria-label={t('feedback.case.tableRegion', { name: label })}>
          <Table withTableBorder striped verticalSpacing="xs" aria-label={label}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('feedback.categories.name')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('feedback.categories.handlingDaysShort')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('feedback.categories.cases')}</Table.Th>
                <Table.Th scope="col">{t('feedback.categories.state')}</Table.Th>
                {manage && <Table.Th scope="col"><VisuallyHidden>{t('feedback.categories.actions')}</VisuallyHidden></Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {categories.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw={500}>{c.name}</Table.Th>
                  <Table.Td ta="right">{t('feedback.categories.days', { n: c.handlingDays })}</Table.Td>
                  <Table.Td ta="right">{formatNumber(c.cases)}</Table.Td>
                  <Table.Td>
                    <Badge component="span" variant={c.active ? 'filled' : 'outline'} color={c.active ? 'teal.9' : 'gray.8'}>
                      {c.active ? t('feedback.categories.offeredShort') : t('feedback.categories.retired')}
                    </Badge>
                  </Table.Td>
                  {manage && (
                    <Table.Td>
                      <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(c)} aria-label={`${t('feedback.categories.edit')} ${c.name}`}>
                        {t('feedback.categories.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <CategoryModal
          category={editing === 'new' ? null : editing}
          nextOrder={Math.max(0, ...(categories.data?.items.map((c) => c.sortOrder) ?? [])) + 1}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  )
}
