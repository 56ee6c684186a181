// After moving to another page, start reading at its content (not at a link that no longer exists); not on the first load.
import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

export function useFocusMainOnNavigate(): void {
  const { pathname } = useLocation()
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    document.getElementById('main-content')?.focus({ preventScroll: true })
  }, [pathname])
}
