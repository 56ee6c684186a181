// "Ảnh, tài liệu kèm theo": up to three photos or PDFs, each listed with its name and size and a button to drop it.
// What cannot be sent is said at once (type, size, count); large photos are shrunk in the browser before they are
// listed, so the sizes shown are what will be sent. The server checks every file again, by content.
import { ActionIcon, Button, FileButton, Group, Stack, Text } from '@mantine/core'
import { IconFileTypePdf, IconPaperclip, IconPhoto, IconX } from '@tabler/icons-react'
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  ATTACHMENT_ACCEPT, attachmentProblem, FEEDBACK_MAX_FILES, formatFileSize, isPhoto, MAX_FILE_MB, shrinkPhoto, withinCount, type AttachmentProblem,
} from '../attachments.ts'

const PROBLEM_KEY = { type: 'feedback.attachments.refusedType', size: 'feedback.attachments.refusedSize', count: 'feedback.attachments.refusedCount' } as const

export function AttachmentPicker({ files, onChange, onPreparing, error }: {
  files: File[]
  onChange: (files: File[]) => void
  /** True while photos are being shrunk: the form waits before sending. */
  onPreparing: (preparing: boolean) => void
  /** The server's message about the files, after a refused submit. */
  error?: string
}) {
  const { t } = useTranslation()
  const id = useId()
  const reset = useRef<() => void>(null)
  const [preparing, setPreparing] = useState(false)
  const [problems, setProblems] = useState<string[]>([])
  const say = (name: string, problem: AttachmentProblem) => t(PROBLEM_KEY[problem], { name, mb: MAX_FILE_MB, max: FEEDBACK_MAX_FILES })

  async function onPick(chosen: File[]) {
    reset.current?.()
    const refused: string[] = []
    const acceptable = chosen.filter((f) => {
      const problem = attachmentProblem(f, false)
      if (problem) refused.push(say(f.name, problem))
      return !problem
    })
    const { kept, overflow } = withinCount(files, acceptable)
    for (const f of overflow) refused.push(say(f.name, 'count'))
    const added = kept.slice(files.length)
    setPreparing(true)
    onPreparing(true)
    try {
      const ready: File[] = []
      for (const file of added) {
        const shrunk = await shrinkPhoto(file)
        const problem = attachmentProblem(shrunk, true)
        if (problem) refused.push(say(file.name, problem))
        else ready.push(shrunk)
      }
      onChange([...files, ...ready])
    } finally {
      setPreparing(false)
      onPreparing(false)
      setProblems(refused)
    }
  }

  const full = files.length >= FEEDBACK_MAX_FILES
  const messages = [...problems, ...(error ? [error] : [])]
  return (
    <Stack gap={6} role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`}>
      <Text id={`${id}-label`} fw={500}>
        {t('feedback.attachments.label')}
      </Text>
      <Text id={`${id}-hint`} size="sm" c="dimmed">
        {t('feedback.attachments.hint', { max: FEEDBACK_MAX_FILES, mb: MAX_FILE_MB })}
      </Text>
      <FileButton multiple accept={ATTACHMENT_ACCEPT} onChange={(chosen) => void onPick(chosen)} resetRef={reset} disabled={full || preparing}>
        {(props) => (
          <Button {...props} variant="default" size="lg" leftSection={<IconPaperclip size={22} aria-hidden />} disabled={full || preparing} style={{ alignSelf: 'flex-start' }}>
            {files.length > 0 ? t('feedback.attachments.chooseMore') : t('feedback.attachments.choose')}
          </Button>
        )}
      </FileButton>
      {full && <Text size="sm">{t('feedback.attachments.full', { max: FEEDBACK_MAX_FILES })}</Text>}
      {preparing && (
        <Text size="sm" role="status">
          {t('feedback.attachments.preparing')}
        </Text>
      )}
      {files.length > 0 && (
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('feedback.attachments.listLabel')}>
          {files.map((file, i) => (
            <Group component="li" key={`${file.name}-${i}`} gap="xs" wrap="nowrap">
              {isPhoto(file) ? <IconPhoto size={22} role="img" aria-label={t('feedback.attachments.photo')} /> : <IconFileTypePdf size={22} role="img" aria-label={t('feedback.attachments.document')} />}
              <Text style={{ flex: 1, overflowWrap: 'anywhere' }}>
                {file.name}{' '}
                <Text span c="dimmed" size="sm">
                  ({formatFileSize(file.size)})
                </Text>
              </Text>
              <ActionIcon variant="default" onClick={() => onChange(files.filter((_, j) => j !== i))} aria-label={t('feedback.attachments.removeAria', { name: file.name })} title={t('feedback.attachments.remove')}>
                <IconX size={20} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      {messages.map((m) => (
        <Text key={m} size="sm" c="var(--mantine-color-error)" role="alert">
          {m}
        </Text>
      ))}
    </Stack>
  )
}
