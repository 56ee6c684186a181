// The time the application believes it is: the system clock, or a fixed/advancing one injected by tests.
export type Clock = () => Date

export const systemClock: Clock = () => new Date()
