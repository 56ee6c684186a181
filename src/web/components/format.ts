// Display formats: dd/mm/yyyy dates and Vietnamese digit grouping, whatever the UI language.
import { formatDateVi } from '../../common/dates.ts'

const numberFormat = new Intl.NumberFormat('vi')

export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

const percentFormat = new Intl.NumberFormat('vi', { style: 'percent', maximumFractionDigits: 1 })

/** A share (0.457) as "45,7%"; nothing to divide by (null) as "—". */
export function formatPercent(share: number | null): string {
  return share === null ? '—' : percentFormat.format(share)
}

export function formatDate(iso: string | null | undefined): string {
  return formatDateVi(iso)
}

/** A timestamp (ISO with time) as dd/mm/yyyy hh:mm in Vietnam's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat('vi', {
    timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(date)
}
