// The commitment laid out like the paper form, to print (or save as PDF) and sign: Party header, title, identity,
// the theme studied, the items by area in a table, place and date, the cell's and the member's signature blocks.
// The app's header and navigation disappear when printing (styles.css); this page's own controls too (.no-print).
import { Alert, Button, Stack, Text, Title } from '@mantine/core'
import { IconPrinter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useCommitment, type Commitment } from './api.ts'
import { groupByArea, useCommitmentLabels } from './components/commitmentLabels.ts'
import './print.css'
import { BackLink } from '../../components/BackLink.tsx'
import { DownloadButtons } from '../reports/components/DownloadButtons.tsx'

function Sheet({ commitment: c }: { commitment: Commitment }) {
  const { t } = useTranslation()
  const labels = useCommitmentLabels()
  const none = t('commitments.blank')
  const groups = groupByArea(c.items)
  return (
    <article className="commitment-sheet" aria-labelledby="sheet-title">
      <div className="sheet-header">
        <div>
          <div className="sheet-unit">{c.organization.name.toLocaleUpperCase('vi')}</div>
          <div aria-hidden>*</div>
        </div>
        <div>
          <div className="sheet-party">{t('commitments.sheet.party')}</div>
        </div>
      </div>
      <h1 className="sheet-title" id="sheet-title">
        {t('commitments.sheet.title', { year: c.cycle.year })}
      </h1>
      <p className="sheet-subtitle">{t('commitments.sheet.subtitle')}</p>

      <p>
        {t('commitments.fullName')}: <strong>{c.person.fullName}</strong>
        <span className="sheet-gap" />
        <span className="sheet-nowrap">
          {t('commitments.birthDate')}: {formatDate(c.person.birthDate) || none}
        </span>
      </p>
      <p>
        {t('commitments.position')}: {c.person.position ?? none}
      </p>
      <p>
        {t('commitments.unit')}: {c.organization.name}
      </p>

      <h2 className="sheet-section">{t('commitments.sheet.study')}</h2>
      <p>{t('commitments.sheet.studyText', { year: c.cycle.year, theme: c.cycle.themeTitle })}</p>

      <h2 className="sheet-section">{t('commitments.sheet.follow')}</h2>
      <table className="sheet-items">
        <thead>
          <tr>
            <th scope="col" className="sheet-no">{t('commitments.sheet.no')}</th>
            <th scope="col">{t('commitments.sheet.content')}</th>
            <th scope="col">{t('commitments.target')}</th>
            <th scope="col" className="sheet-deadline">{t('commitments.deadline')}</th>
          </tr>
        </thead>
        {groups.map((group, g) => (
          <tbody key={group.area}>
            <tr>
              <th scope="rowgroup" colSpan={4} className="sheet-area">
                {g + 1}. {labels.area(group.area)}
              </th>
            </tr>
            {group.items.map((item, i) => (
              <tr key={item.id}>
                <td className="sheet-no">{`${g + 1}.${i + 1}`}</td>
                <td>{item.content}</td>
                <td>{item.target}</td>
                <td className="sheet-deadline">{formatDate(item.deadline)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <p>{t('commitments.sheet.closing')}</p>

      <p className="sheet-date">{t('commitments.sheet.placeDate')}</p>
      <div className="sheet-signatures">
        <div>
          <strong>{t('commitments.sheet.cellConfirm')}</strong>
          <em>{t('commitments.sheet.signHint')}</em>
        </div>
        <div>
          <strong>{t('commitments.sheet.signer')}</strong>
          <em>{t('commitments.sheet.signHint')}</em>
          <strong className="sheet-signer-name">{c.person.fullName}</strong>
        </div>
      </div>
    </article>
  )
}

export function CommitmentPrintPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const query = useCommitment(id)
  usePageTitle(query.data ? t('commitments.sheet.pageTitle', { name: query.data.person.fullName }) : t('commitments.pageTitle'))

  if (query.isPending) return <Loading />
  if (query.error) {
    return (
      <>
        <Title order={1}>{t('commitments.pageTitle')}</Title>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    )
  }
  const c = query.data
  return (
    <>
      <Stack gap="sm" className="no-print">
        <BackLink to={`/cam-ket/${c.id}`}>{t('commitments.sheet.back')}</BackLink>
        <Text>{t('commitments.sheet.hint')}</Text>
        {c.status !== 'approved' && (
          <Alert color="yellow" variant="light">
            {t('commitments.sheet.notApproved')}
          </Alert>
        )}
        <Button leftSection={<IconPrinter size={22} aria-hidden />} onClick={() => window.print()} style={{ alignSelf: 'flex-start' }}>
          {t('commitments.sheet.printNow')}
        </Button>
        <Text>{t('reports.commitmentHint')}</Text>
        <DownloadButtons kind="commitment" params={{ person: c.person.id, cycle: c.cycle.id }} name={t('reports.commitmentForm')} />
      </Stack>
      <Sheet commitment={c} />
    </>
  )
}
