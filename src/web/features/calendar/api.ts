// The working-day calendar: query keys, a year's holidays and worked weekend days, edits, the deadline calculator.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AddWorkingDaysResponse, CalendarDayItem, CalendarYearResponse, PutCalendarDayBody } from '../../../common/contracts/calendar.ts'
import { api } from '../../api/client.ts'

export type { AddWorkingDaysResponse, CalendarDayItem, CalendarYearResponse }
export type PutCalendarDayInput = PutCalendarDayBody & { date: string }

export const calendarKeys = {
  all: ['calendar'] as const,
  year: (year: number) => [...calendarKeys.all, 'year', year] as const,
  count: (from: string, days: number) => [...calendarKeys.all, 'count', from, days] as const,
}

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: ({ signal }) => api.get<CalendarYearResponse>('/calendar/days', { year }, signal),
  })
}

/** The date `days` working days after `from`; runs only with both filled in. */
export function useAddWorkingDays(from: string, days: number | null) {
  return useQuery({
    queryKey: calendarKeys.count(from, days ?? -1),
    queryFn: ({ signal }) => api.get<AddWorkingDaysResponse>('/calendar/add-working-days', { from, days: days ?? 0 }, signal),
    enabled: Boolean(from) && days !== null,
    retry: false,
  })
}

/** Any edit changes the year and every count: everything under 'calendar' is refetched. */
function useAfterCalendarChange() {
  const queryClient = useQueryClient()
  return () => void queryClient.invalidateQueries({ queryKey: calendarKeys.all })
}

export function usePutCalendarDayMutation() {
  const after = useAfterCalendarChange()
  return useMutation({
    mutationFn: ({ date, ...body }: PutCalendarDayInput) => api.put<CalendarDayItem>(`/calendar/days/${date}`, body),
    onSuccess: after,
  })
}

export function useDeleteCalendarDayMutation() {
  const after = useAfterCalendarChange()
  return useMutation({
    mutationFn: (date: string) => api.delete<void>(`/calendar/days/${date}`),
    onSuccess: after,
  })
}
