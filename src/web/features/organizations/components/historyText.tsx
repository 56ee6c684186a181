// One history entry in words: "Đổi tên từ … thành …", "Sáp nhập vào …", "Tiếp nhận … (n người, m đơn vị)".
import { Anchor } from '@mantine/core'
import { Fragment, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { OrgKind } from '../../../../common/contracts/enums.ts'
import { formatNumber } from '../../../components/format.ts'
import { ORG_KIND_VALUES, useLabels } from '../../../components/labels.ts'
import type { HistoryEntry } from '../api.ts'

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v) || 0)
const isKind = (v: unknown): v is OrgKind => ORG_KIND_VALUES.includes(v as OrgKind)

function OrgLink({ id, name }: { id: unknown; name: unknown }) {
  const text = str(name)
  return typeof id === 'string' && id ? (
    <Anchor component={Link} to={`/to-chuc/${id}`}>
      {text}
    </Anchor>
  ) : (
    <>{text}</>
  )
}

const marker = (i: number) => `\uE000${i}\uE001`

/** A catalogue sentence with organizations as links, whatever the word order of the language. */
function withLinks(sentence: string, links: ReactNode[]): ReactNode {
  const parts = sentence.split(/\uE000(\d+)\uE001/)
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{i % 2 === 0 ? part : links[Number(part)]}</Fragment>
      ))}
    </>
  )
}

export function useDescribeHistory() {
  const { t } = useTranslation()
  const labels = useLabels()
  const kindLabel = (v: unknown) => (isKind(v) ? labels.orgKind(v) : str(v))

  return (entry: HistoryEntry): { text: ReactNode; note?: string } => {
    const d = entry.details
    const counts = t('history.mergeCounts', { people: formatNumber(num(d.people)), units: formatNumber(num(d.subUnits)) })
    switch (entry.kind) {
      case 'created':
        return { text: t('history.created') }
      case 'renamed':
        return { text: t('history.renamed', { from: str(d.from), to: str(d.to) }) }
      case 'recoded':
        return { text: t('history.recoded', { from: str(d.from), to: str(d.to) }) }
      case 'retyped':
        return { text: t('history.retyped', { from: kindLabel(d.from), to: kindLabel(d.to) }) }
      case 'moved': {
        const to = <OrgLink id={d.toParentId} name={d.toParentName} />
        if (!d.fromParentName) return { text: withLinks(t('history.movedTo', { to: marker(0) }), [to]) }
        const from = <OrgLink id={d.fromParentId} name={d.fromParentName} />
        return { text: withLinks(t('history.movedFromTo', { from: marker(0), to: marker(1) }), [from, to]) }
      }
      case 'merged_into':
        return { text: <>{withLinks(t('history.mergedInto', { name: marker(0) }), [<OrgLink key="o" id={d.otherId} name={d.otherName} />])} {counts}</> }
      case 'absorbed':
        return { text: <>{withLinks(t('history.absorbed', { name: marker(0) }), [<OrgLink key="o" id={d.otherId} name={d.otherName} />])} {counts}</> }
      case 'dissolved':
        return { text: t('history.dissolved'), note: d.reason ? t('history.reason', { reason: str(d.reason) }) : undefined }
    }
  }
}
