// What the story routes share: a story loaded for a caller (outside the reader's reach it does not exist; within it, a
// rule refused is a 403), and its page as it now stands.
import type { StoryDetail } from '../../../common/contracts/stories.ts'
import type { Db } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize, type OrgRef, type Rule } from '../../lib/authz.ts'
import { notFound } from '../../lib/errors.ts'
import { storyPolicy } from './stories.policy.ts'
import { presentDetail } from './stories.present.ts'
import { getStory, storyPhotoList, type StoryView } from './stories.query.ts'

export async function loadStory(db: Db, id: string, actor: Actor, rule: Rule<OrgRef>): Promise<StoryView> {
  const view = await getStory(db, id)
  if (!storyPolicy.read(actor, view.org)) throw notFound('storyNotFound')
  authorize(actor, rule, view.org)
  return view
}

/** The story's page (`view`: as just read, when nothing changed since). */
export async function storyPage(db: Db, id: string, actor: Actor, view?: StoryView): Promise<StoryDetail> {
  const v = view ?? await getStory(db, id)
  return presentDetail(v, await storyPhotoList(db, id), actor)
}
