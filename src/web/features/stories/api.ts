// Stories inside the organization: query keys, the keyset-paged list (a unit's subtree, or a model's stories over my
// units), one story, and every change (write, edit, publish, take down, delete a draft; add, edit, move and delete a
// photo). Each change answers the story as it now stands, which becomes the cached page.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ModelPage } from '../../../common/contracts/models.ts'
import type { CreateStoryBody, StoryDetail, StoryListItem, StoryPage, StoryPhoto, StoryStatus, UpdateStoryBody, UpdateStoryPhotoBody } from '../../../common/contracts/stories.ts'
import { api, sendForm } from '../../api/client.ts'

export type { StoryDetail, StoryListItem, StoryPhoto, StoryStatus }
export const STATUS_VALUES: readonly StoryStatus[] = ['draft', 'published']

export interface StoryFilter {
  /** A unit's subtree; or, without it, every unit I read (with `model`). */
  org?: string
  model?: string
  status?: StoryStatus | null
  q?: string
}

export const storyKeys = {
  all: ['stories'] as const,
  lists: () => [...storyKeys.all, 'list'] as const,
  list: (f: StoryFilter) => [...storyKeys.lists(), f.org ?? '', f.model ?? '', f.status ?? '', f.q ?? ''] as const,
  detail: (id: string) => [...storyKeys.all, 'detail', id] as const,
  models: (org: string, q: string) => [...storyKeys.all, 'models', org, q] as const,
}

export function useStories(filter: StoryFilter, enabled = true) {
  return useInfiniteQuery({
    queryKey: storyKeys.list(filter),
    queryFn: ({ pageParam, signal }) => api.get<StoryPage>('/stories', { org: filter.org, model: filter.model, status: filter.status, q: filter.q || undefined, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    enabled: enabled && Boolean(filter.org || filter.model),
  })
}

export function useStory(id: string) {
  return useQuery({
    queryKey: storyKeys.detail(id),
    queryFn: ({ signal }) => api.get<StoryDetail>(`/stories/${id}`, undefined, signal),
    enabled: Boolean(id),
  })
}

/** The models of a unit's subtree matching a search (for the story's model picker). */
export function useModelSearch(org: string, term: string) {
  return useQuery({
    queryKey: storyKeys.models(org, term),
    queryFn: ({ signal }) => api.get<ModelPage>('/models', { org, q: term, limit: 20 }, signal),
    enabled: Boolean(org) && term.length >= 2,
    placeholderData: (previous) => previous,
  })
}

/** After a change: the page is the server's answer; the lists are stale. */
function useAfterChange() {
  const queryClient = useQueryClient()
  return (detail: StoryDetail) => {
    queryClient.setQueryData(storyKeys.detail(detail.id), detail)
    void queryClient.invalidateQueries({ queryKey: storyKeys.lists() })
  }
}

export function useCreateStoryMutation() {
  const after = useAfterChange()
  return useMutation({ mutationFn: (input: CreateStoryBody) => api.post<StoryDetail>('/stories', input), onSuccess: after })
}

export function useUpdateStoryMutation(id: string) {
  const after = useAfterChange()
  return useMutation({ mutationFn: (input: UpdateStoryBody) => api.patch<StoryDetail>(`/stories/${id}`, input), onSuccess: after })
}

export function usePublishMutation(id: string) {
  const after = useAfterChange()
  return useMutation({ mutationFn: (publish: boolean) => api.post<StoryDetail>(`/stories/${id}/${publish ? 'publish' : 'unpublish'}`), onSuccess: after })
}

export function useDeleteStoryMutation(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.delete<void>(`/stories/${id}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: storyKeys.detail(id) })
      void queryClient.invalidateQueries({ queryKey: storyKeys.lists() })
    },
  })
}

/** One photo with its caption and credit, as a multipart form (the file last). */
export function useAddPhotoMutation(id: string) {
  const after = useAfterChange()
  return useMutation({
    mutationFn: ({ file, caption, credit }: { file: File; caption: string; credit: string }) => {
      const form = new FormData()
      if (caption.trim()) form.append('caption', caption.trim())
      if (credit.trim()) form.append('credit', credit.trim())
      form.append('file', file, file.name)
      return sendForm<StoryDetail>(`/stories/${id}/photos`, form)
    },
    onSuccess: after,
  })
}

export function useUpdatePhotoMutation(id: string) {
  const after = useAfterChange()
  return useMutation({ mutationFn: ({ photoId, ...input }: UpdateStoryPhotoBody & { photoId: string }) => api.patch<StoryDetail>(`/stories/${id}/photos/${photoId}`, input), onSuccess: after })
}

export function useDeletePhotoMutation(id: string) {
  const after = useAfterChange()
  return useMutation({ mutationFn: (photoId: string) => api.delete<StoryDetail>(`/stories/${id}/photos/${photoId}`), onSuccess: after })
}
