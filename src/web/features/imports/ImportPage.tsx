// "Nhập dữ liệu": people or organizations from an Excel/CSV file, in four steps — choose the file, check the preview
// (and the column mapping), import in one transaction while the progress shows, see the result. The session's id is
// in the address (?phien=), so a reload or a return keeps the step; ?org= chooses the default unit.
import { Button, Stack, Text, Title } from '@mantine/core'
import { IconFileImport } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { ImportKind } from '../../../common/contracts/imports.ts'
import { isApiError } from '../../api/client.ts'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { type ImportSession, useImportSession } from './api.ts'
import { ChooseFileStep } from './components/ChooseFileStep.tsx'
import { PreviewStep } from './components/PreviewStep.tsx'
import { ResultStep } from './components/ResultStep.tsx'
import { RunningStep } from './components/RunningStep.tsx'
import { STEP_HEADING_ID } from './components/StepHeading.tsx'

type Step = 'choose' | 'loading' | 'lost' | ImportSession['status']

function stepOf(id: string | null, query: ReturnType<typeof useImportSession>): Step {
  if (!id) return 'choose'
  if (query.data) return query.data.status
  return query.error ? 'lost' : 'loading'
}

/** After the first render, each new step's heading takes the focus (announced, and the keyboard starts there). */
function useFocusOnStep(step: Step) {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    document.getElementById(STEP_HEADING_ID)?.focus()
  }, [step])
}

export function ImportPage() {
  const { t } = useTranslation()
  usePageTitle(t('imports.title'))
  const [params, setParams] = useSearchParams()
  const sessionId = params.get('phien')
  const orgId = params.get('org')
  const [kind, setKind] = useState<ImportKind>('people')
  const session = useImportSession(sessionId)
  const step = stepOf(sessionId, session)
  useFocusOnStep(step)

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    setParams(next, { replace: true })
  }

  /** Back to step 1, for the same kind of data and unit. */
  function again() {
    if (session.data) setKind(session.data.kind)
    update({ phien: null, org: session.data?.org?.id ?? orgId })
  }

  const data = session.data
  let content
  if (step === 'choose') {
    content = <ChooseFileStep kind={kind} onKindChange={setKind} orgId={orgId} onOrgChange={(id) => update({ org: id })} onUploaded={(s) => update({ phien: s.id })} />
  } else if (step === 'lost') {
    const error = session.error
    const gone = isApiError(error) && error.status === 404
    // A refusal will not change by asking again; the network or the server may.
    const lasting = isApiError(error) && error.status >= 400 && error.status < 500
    content = (
      <Stack gap="md" align="flex-start">
        <ErrorState error={gone ? new Error(t('imports.errors.sessionLost')) : error} onRetry={lasting ? undefined : () => void session.refetch()} />
        <Button leftSection={<IconFileImport size={20} aria-hidden />} onClick={again}>
          {t('imports.result.again')}
        </Button>
      </Stack>
    )
  } else if (!data) {
    content = <Loading />
  } else if (data.status === 'preview') {
    content = <PreviewStep session={data} onDiscarded={again} />
  } else if (data.status === 'running') {
    content = <RunningStep session={data} pollFailed={Boolean(session.error)} />
  } else {
    content = <ResultStep session={data} onAgain={again} />
  }

  return (
    <>
      <Stack gap="xs">
        <Title order={1}>{t('imports.title')}</Title>
        <Text>{t('imports.intro')}</Text>
      </Stack>
      {content}
    </>
  )
}
