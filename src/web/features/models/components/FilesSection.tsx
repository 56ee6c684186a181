// "Hình ảnh" and "Tài liệu minh chứng": photos as small copies (loaded lazily, at a fixed size) that open full size,
// each with its caption and credit ("Ảnh: …"), in their order with the first marked "Ảnh bìa"; evidence files (photos
// or PDFs, inside the organization only) as links that download. The editors add, re-caption and delete them, and
// move photos up or down or make one the cover.
import { ActionIcon, Anchor, Badge, Button, Group, Image, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconFileTypePdf, IconPencil, IconPhoto, IconPhotoStar, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MODEL_MAX_FILES_PER_ROLE } from '../../../../common/contracts/models.ts'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { notifyAndClose, notifySuccess } from '../../../components/notify.ts'
import { formatFileSize } from '../../feedback/attachments.ts'
import { useDeleteFileMutation, useMovePhotoMutation, type ModelDetail, type ModelFile, type ModelFileRole } from '../api.ts'
import { modelFileUrl } from '../paths.ts'
import { EditFileModal, UploadFileModal } from './FileModals.tsx'

type Open = { kind: 'upload' } | { kind: 'edit' | 'delete'; file: ModelFile } | null

function FileActions({ file, onOpen }: { file: ModelFile; onOpen: (open: Open) => void }) {
  const { t } = useTranslation()
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon variant="default" onClick={() => onOpen({ kind: 'edit', file })} aria-label={t('models.files.editAria', { name: file.fileName })} title={t('models.files.edit')}>
        <IconPencil size={18} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="default" onClick={() => onOpen({ kind: 'delete', file })} aria-label={t('models.files.deleteAria', { name: file.fileName })} title={t('models.files.delete')}>
        <IconTrash size={18} aria-hidden />
      </ActionIcon>
    </Group>
  )
}

type Move = ReturnType<typeof useMovePhotoMutation>

/** "Đưa lên", "Đưa xuống" and "Đặt làm ảnh bìa" for photo `n` of `total`, named by its number. */
function PhotoOrder({ file, n, total, move }: { file: ModelFile; n: number; total: number; move: Move }) {
  const { t } = useTranslation()
  const to = (position: number, done: string) => move.mutate({ fileId: file.id, position }, { onSuccess: () => notifySuccess(done) })
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon variant="default" onClick={() => to(n - 2, t('models.files.moved'))} disabled={n === 1 || move.isPending} aria-label={t('models.files.moveUpAria', { n })} title={t('models.files.moveUp')}>
        <IconArrowUp size={18} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="default" onClick={() => to(n, t('models.files.moved'))} disabled={n === total || move.isPending} aria-label={t('models.files.moveDownAria', { n })} title={t('models.files.moveDown')}>
        <IconArrowDown size={18} aria-hidden />
      </ActionIcon>
      {n > 1 && (
        <ActionIcon variant="default" onClick={() => to(0, t('models.files.coverSet'))} disabled={move.isPending} aria-label={t('models.files.makeCoverAria', { n })} title={t('models.files.makeCover')}>
          <IconPhotoStar size={18} aria-hidden />
        </ActionIcon>
      )}
    </Group>
  )
}

function Photo({ model, file, n, total, move, onOpen }: { model: ModelDetail; file: ModelFile; n: number; total: number; move: Move; onOpen: (open: Open) => void }) {
  const { t } = useTranslation()
  const canEdit = model.abilities.upload
  const height = file.width && file.height ? Math.round(Math.min(240, (240 * file.height) / file.width)) : 180
  return (
    <Paper component="li" withBorder p="xs" radius="md">
      <Stack gap={6}>
        <Anchor href={modelFileUrl(model.id, file.id)} target="_blank" rel="noopener" display="block" aria-label={t('models.files.openPhoto', { name: file.caption || file.fileName })}>
          <Image src={modelFileUrl(model.id, file.id, file.hasThumb)} alt="" loading="lazy" h={height} fit="cover" radius="sm" />
        </Anchor>
        {(canEdit || n === 1) && (
          <Group gap="xs">
            {canEdit && <Text size="sm" fw={500}>{t('models.files.position', { n, total })}</Text>}
            {n === 1 && <Badge component="span" variant="filled" color="red.9" style={{ textTransform: 'none' }}>{t('models.files.cover')}</Badge>}
          </Group>
        )}
        {file.caption && <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{file.caption}</Text>}
        {file.credit && <Text size="sm" c="dimmed" fs="italic">{file.credit}</Text>}
        {canEdit && (
          <Group gap="xs" justify="space-between">
            {total > 1 && <PhotoOrder file={file} n={n} total={total} move={move} />}
            <FileActions file={file} onOpen={onOpen} />
          </Group>
        )}
      </Stack>
    </Paper>
  )
}

function Evidence({ model, file, onOpen }: { model: ModelDetail; file: ModelFile; onOpen: (open: Open) => void }) {
  const Icon = file.mediaType === 'application/pdf' ? IconFileTypePdf : IconPhoto
  return (
    <Group component="li" gap="xs" wrap="nowrap" align="flex-start">
      <Icon size={22} aria-hidden />
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Anchor href={modelFileUrl(model.id, file.id)} download={file.fileName} style={{ overflowWrap: 'anywhere' }}>
          {file.caption || file.fileName}
        </Anchor>
        <Text size="sm" c="dimmed">
          {file.fileName} ({formatFileSize(file.size)}){file.credit ? ` · ${file.credit}` : ''}
        </Text>
      </Stack>
      {model.abilities.upload && <FileActions file={file} onOpen={onOpen} />}
    </Group>
  )
}

export function FilesSection({ model, role }: { model: ModelDetail; role: ModelFileRole }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<Open>(null)
  const remove = useDeleteFileMutation(model.id)
  const move = useMovePhotoMutation(model.id)
  const files = role === 'photo' ? model.photos : model.evidence
  const id = `model-${role}-title`
  const close = () => {
    remove.reset()
    setOpen(null)
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="center">
        <Title order={2} id={id}>
          {t(role === 'photo' ? 'models.files.photos' : 'models.files.evidence')}
        </Title>
        {model.abilities.upload && (
          <Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setOpen({ kind: 'upload' })} disabled={files.length >= MODEL_MAX_FILES_PER_ROLE}>
            {t(role === 'photo' ? 'models.files.addPhoto' : 'models.files.addEvidence')}
          </Button>
        )}
      </Group>
      {role === 'evidence' && <Text size="sm">{t('models.files.evidenceInternal')}</Text>}
      {role === 'photo' && model.abilities.upload && files.length > 1 && <Text size="sm">{t('models.files.coverHint')}</Text>}
      {role === 'photo' && <FormError error={move.error} />}
      {files.length === 0 ? (
        <Text c="dimmed">{t(role === 'photo' ? 'models.files.noPhotos' : 'models.files.noEvidence')}</Text>
      ) : role === 'photo' ? (
        <SimpleGrid component="ul" cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('models.files.photos')}>
          {files.map((f, i) => <Photo key={f.id} model={model} file={f} n={i + 1} total={files.length} move={move} onOpen={setOpen} />)}
        </SimpleGrid>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('models.files.evidence')}>
          {files.map((f) => <Evidence key={f.id} model={model} file={f} onOpen={setOpen} />)}
        </Stack>
      )}
      {files.length >= MODEL_MAX_FILES_PER_ROLE && model.abilities.upload && <Text size="sm">{t('models.files.full', { max: MODEL_MAX_FILES_PER_ROLE })}</Text>}
      {open?.kind === 'upload' && <UploadFileModal modelId={model.id} role={role} onClose={close} />}
      {open?.kind === 'edit' && <EditFileModal modelId={model.id} file={open.file} onClose={close} />}
      {open?.kind === 'delete' && (
        <ConfirmModal
          title={t('models.files.deleteTitle')}
          message={t('models.files.deleteMessage', { name: open.file.caption || open.file.fileName })}
          confirmLabel={t('models.files.delete')}
          onConfirm={() => remove.mutate(open.file.id, notifyAndClose(t('models.files.deleted'), close))}
          onClose={close}
          loading={remove.isPending}
          error={remove.error}
        />
      )}
    </Stack>
  )
}
