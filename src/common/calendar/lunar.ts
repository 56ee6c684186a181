// The Vietnamese lunar calendar (âm lịch), computed for Vietnam's time zone UTC+7.
// Algorithm: Hồ Ngọc Đức, "Thuật toán tính âm lịch" (public, 2004): new moons and the sun's longitude after
// Jean Meeus, "Astronomical Algorithms" (1998). Month 11 always holds the winter solstice; a year with 13 months
// leaps the first month without a major solar term (trung khí).
// Chinese lunar libraries compute for UTC+8 and disagree in some years (Tết 1985: 21/01 in Vietnam, 20/02 in China;
// Tết 2007: 17/02 in Vietnam, 18/02 in China): do not substitute one.
// Valid for years 1800–2199.

const TIME_ZONE = 7
const { floor, sin, PI } = Math

export interface LunarDate {
  day: number
  month: number
  year: number
  leap: boolean
}

/** Julian day number of a Gregorian date (Julian calendar before 15/10/1582). */
export function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = floor((14 - mm) / 12)
  const y = yy + 4800 - a
  const m = mm + 12 * a - 3
  let jd = dd + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - floor(y / 100) + floor(y / 400) - 32045
  if (jd < 2299161) jd = dd + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - 32083
  return jd
}

export function jdToDate(jd: number): [day: number, month: number, year: number] {
  let b: number
  let c: number
  if (jd > 2299160) {
    const a = jd + 32044
    b = floor((4 * a + 3) / 146097)
    c = a - floor((b * 146097) / 4)
  } else {
    b = 0
    c = jd + 32082
  }
  const d = floor((4 * c + 3) / 1461)
  const e = c - floor((1461 * d) / 4)
  const m = floor((5 * e + 2) / 153)
  return [e - floor((153 * m + 2) / 5) + 1, m + 3 - 12 * floor(m / 10), b * 100 + d - 4800 + floor(m / 10)]
}

/** Julian day (fractional, UT) of the k-th new moon after 1/1/1900 13:52 UT. */
function newMoon(k: number): number {
  const T = k / 1236.85
  const T2 = T * T
  const T3 = T2 * T
  const dr = PI / 180
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3
  jd1 += 0.00033 * sin((166.56 + 132.87 * T - 0.009173 * T2) * dr)
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3
  let c1 = (0.1734 - 0.000393 * T) * sin(M * dr) + 0.0021 * sin(2 * dr * M)
  c1 = c1 - 0.4068 * sin(Mpr * dr) + 0.0161 * sin(dr * 2 * Mpr)
  c1 -= 0.0004 * sin(dr * 3 * Mpr)
  c1 = c1 + 0.0104 * sin(dr * 2 * F) - 0.0051 * sin(dr * (M + Mpr))
  c1 = c1 - 0.0074 * sin(dr * (M - Mpr)) + 0.0004 * sin(dr * (2 * F + M))
  c1 = c1 - 0.0004 * sin(dr * (2 * F - M)) - 0.0006 * sin(dr * (2 * F + Mpr))
  c1 = c1 + 0.001 * sin(dr * (2 * F - Mpr)) + 0.0005 * sin(dr * (2 * Mpr + M))
  const deltaT = T < -11
    ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
    : -0.000278 + 0.000265 * T + 0.000262 * T2
  return jd1 + c1 - deltaT
}

/** The sun's apparent longitude (radians, 0..2π) at a Julian day (UT). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525
  const T2 = T * T
  const dr = PI / 180
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * sin(dr * M)
  DL = DL + (0.019993 - 0.000101 * T) * sin(dr * 2 * M) + 0.00029 * sin(dr * 3 * M)
  let L = (L0 + DL) * dr
  L -= PI * 2 * floor(L / (PI * 2))
  return L
}

/** Which of the 12 major solar terms (0..11, 30° each) the sun is in at the start of a local day. */
function sunTerm(dayNumber: number): number {
  return floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / PI) * 6)
}

/** Local day number of the k-th new moon. */
function newMoonDay(k: number): number {
  return floor(newMoon(k) + 0.5 + TIME_ZONE / 24)
}

/** Day number of the first day of lunar month 11 (the month holding the winter solstice) of solar year yy. */
function lunarMonth11(yy: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021
  const k = floor(off / 29.530588853)
  const nm = newMoonDay(k)
  return sunTerm(nm) >= 9 ? newMoonDay(k - 1) : nm
}

/** In a 13-month year starting at month 11 (a11), the offset of the leap month: the first without a major term. */
function leapMonthOffset(a11: number): number {
  const k = floor((a11 - 2415021.076998695) / 29.530588853 + 0.5)
  let last: number
  let i = 1
  let arc = sunTerm(newMoonDay(k + i))
  do {
    last = arc
    i++
    arc = sunTerm(newMoonDay(k + i))
  } while (arc !== last && i < 14)
  return i - 1
}

const pad = (n: number) => String(n).padStart(2, '0')
const isoOf = ([d, m, y]: [number, number, number]) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`

function assertYear(year: number) {
  if (!Number.isInteger(year) || year < 1800 || year > 2199) throw new RangeError(`lunar calendar: year ${year} out of range 1800–2199`)
}

/** The solar (Gregorian) date, ISO 'YYYY-MM-DD', of a lunar date in Vietnam. Throws for a leap month the year lacks. */
export function lunarToSolar(day: number, month: number, year: number, leap = false): string {
  assertYear(year)
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    throw new RangeError(`lunar calendar: no day ${day}/${month}`)
  }
  let a11: number
  let b11: number
  if (month < 11) {
    a11 = lunarMonth11(year - 1)
    b11 = lunarMonth11(year)
  } else {
    a11 = lunarMonth11(year)
    b11 = lunarMonth11(year + 1)
  }
  let off = month - 11
  if (off < 0) off += 12
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11)
    let leapMonth = leapOff - 2
    if (leapMonth < 0) leapMonth += 12
    if (leap && month !== leapMonth) throw new RangeError(`lunar calendar: year ${year} has no leap month ${month}`)
    if (leap || off >= leapOff) off += 1
  } else if (leap) {
    throw new RangeError(`lunar calendar: year ${year} has no leap month`)
  }
  const k = floor(0.5 + (a11 - 2415021.076998695) / 29.530588853)
  const monthStart = newMoonDay(k + off)
  const next = newMoonDay(k + off + 1)
  if (day > next - monthStart) throw new RangeError(`lunar calendar: month ${month}/${year} has ${next - monthStart} days`)
  return isoOf(jdToDate(monthStart + day - 1))
}

/** The lunar date in Vietnam of a solar date 'YYYY-MM-DD'. */
export function solarToLunar(iso: string): LunarDate {
  const [yy, mm, dd] = iso.split('-').map(Number)
  assertYear(yy)
  const dayNumber = jdFromDate(dd, mm, yy)
  const k = floor((dayNumber - 2415021.076998695) / 29.530588853)
  let monthStart = newMoonDay(k + 1)
  if (monthStart > dayNumber) monthStart = newMoonDay(k)
  let a11 = lunarMonth11(yy)
  let b11 = a11
  let lunarYear: number
  if (a11 >= monthStart) {
    lunarYear = yy
    a11 = lunarMonth11(yy - 1)
  } else {
    lunarYear = yy + 1
    b11 = lunarMonth11(yy + 1)
  }
  const day = dayNumber - monthStart + 1
  const diff = floor((monthStart - a11) / 29)
  let leap = false
  let month = diff + 11
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11)
    if (diff >= leapDiff) {
      month = diff + 10
      if (diff === leapDiff) leap = true
    }
  }
  if (month > 12) month -= 12
  if (month >= 11 && diff < 4) lunarYear -= 1
  return { day, month, year: lunarYear, leap }
}

/** Tết Nguyên đán (1 tháng Giêng) of a lunar year, which always falls in the solar year of the same number. */
export const tetDay = (year: number) => lunarToSolar(1, 1, year)
