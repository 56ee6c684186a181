// The answer to a sent case: the tracking code (big, copyable, shown only once), the reference and the two deadlines.
// Used by the public form and by the office entering a case on a citizen's behalf (who reads the code out).
import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core'
import { IconAlertTriangle, IconCopy } from '@tabler/icons-react'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DefinitionList } from '../../../components/DefinitionList.tsx'
import { formatDate } from '../../../components/format.ts'
import type { FeedbackReceipt } from '../publicApi.ts'

async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    // No clipboard API (plain http, old browsers): select the code so that a long press copies it.
    field?.focus()
    field?.select()
    return false
  }
}

export function Receipt({ receipt, title, note, children }: { receipt: FeedbackReceipt; title: string; note: string; children?: ReactNode }) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  const field = useRef<HTMLTextAreaElement>(null)
  const [copied, setCopied] = useState<boolean | null>(null)
  // The form is gone: start reading at the result.
  useEffect(() => heading.current?.focus(), [])

  return (
    <Stack gap="md" component="section" aria-labelledby="feedback-receipt-title">
      <Title order={1} id="feedback-receipt-title" ref={heading} tabIndex={-1}>
        {title}
      </Title>
      <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
        <Text fw={700}>{note}</Text>
      </Alert>
      <Textarea
        ref={field}
        label={t('feedback.receipt.code')}
        value={receipt.trackingCode}
        readOnly
        autosize
        minRows={2}
        spellCheck={false}
        autoComplete="off"
        onFocus={(e) => e.currentTarget.select()}
        styles={{ input: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700, letterSpacing: '0.05em', lineHeight: 1.5 } }}
        data-testid="feedback-tracking-code"
      />
      <Group gap="sm" align="center">
        <Button
          variant="filled"
          size="lg"
          leftSection={<IconCopy size={22} aria-hidden />}
          onClick={() => void copyText(receipt.trackingCode, field.current).then(setCopied)}
        >
          {t('feedback.receipt.copy')}
        </Button>
        <Text role="status" aria-live="polite">
          {copied === null ? '' : copied ? t('feedback.receipt.copied') : t('feedback.receipt.copyFailed')}
        </Text>
      </Group>
      <DefinitionList
        items={[
          [t('feedback.receipt.reference'), <Text key="ref" component="span" fw={700} data-testid="feedback-reference">{receipt.reference}</Text>],
          [t('feedback.receipt.acknowledgeDue'), formatDate(receipt.acknowledgeDue)],
          [t('feedback.receipt.handlingDue'), formatDate(receipt.handlingDue)],
        ]}
      />
      {children}
    </Stack>
  )
}
