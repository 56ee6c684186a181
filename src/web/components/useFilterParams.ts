import { useSearchParams } from 'react-router'

/**
 * A list's filters kept in the address, so Back and a shared link keep them: the current parameters, and a function
 * that sets (or, with null or '', removes) some of them without adding a history entry.
 */
export function useFilterParams(): [URLSearchParams, (patch: Record<string, string | null>) => void] {
  const [params, setParams] = useSearchParams()
  function update(patch: Record<string, string | null>) {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    setParams(next, { replace: true })
  }
  return [params, update]
}
