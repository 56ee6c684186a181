// /api/v1/calendar: the working-day calendar (holidays, worked weekend days) and the deadline calculator.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  AddWorkingDaysQuery, AddWorkingDaysResponse, CalendarDateParams, CalendarDayItem, CalendarYearQuery, CalendarYearResponse, PutCalendarDayBody,
} from '../../../common/contracts/calendar.ts'
import type { Database } from '../../db/client.ts'
import { authorize } from '../../lib/authz.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { calendarPolicy } from './calendar.policy.ts'
import { presentCalendarDay } from './calendar.present.ts'
import * as calendar from './calendar.service.ts'

const tags = ['calendar']

export const calendarRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  app.get('/calendar/days', {
    config: { policy: 'calendar.read' },
    schema: { tags, summary: 'The holidays and worked weekend days of a year', querystring: CalendarYearQuery, response: { 200: CalendarYearResponse } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    authorize(actor, calendarPolicy.read, null)
    const { statutoryDefault, rows } = await calendar.yearView(db, req.query.year)
    return { year: req.query.year, statutoryDefault, days: rows.map(presentCalendarDay), abilities: { manage: calendarPolicy.manage(actor, null) } }
  })

  app.put('/calendar/days/:date', {
    config: { policy: 'calendar.manage' },
    schema: { tags, summary: 'Add or change a holiday or a worked weekend day (ngày làm bù)', params: CalendarDateParams, body: PutCalendarDayBody, response: { 200: CalendarDayItem } },
  }, async (req) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, calendarPolicy.manage, null)
    const row = await calendar.putCalendarDay({ db, ctx, date: req.params.date, input: req.body })
    return presentCalendarDay({ ...calendar.toDay(row), updatedAt: row.updatedAt })
  })

  app.delete('/calendar/days/:date', {
    config: { policy: 'calendar.manage' },
    schema: { tags, summary: 'Remove a date from the calendar', params: CalendarDateParams },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, calendarPolicy.manage, null)
    await calendar.deleteCalendarDay({ db, ctx, date: req.params.date })
    return reply.status(204).send()
  })

  app.get('/calendar/add-working-days', {
    config: { policy: 'calendar.read' },
    schema: { tags, summary: 'The date n working days after a date (the day of receipt not counted)', querystring: AddWorkingDaysQuery, response: { 200: AddWorkingDaysResponse } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    authorize(actor, calendarPolicy.read, null)
    const { from, days } = req.query
    return { from, days, ...(await calendar.countWorkingDays(db, from, days)) }
  })
}
