// Closed vocabularies of exemplary models, nominations and commendations (issue 7). Labels live in the i18n catalogues.
import { z } from 'zod'

/** What a model is: a person, a collective, or a practice ("mô hình hay, cách làm hiệu quả"). */
export const MODEL_KINDS = ['person', 'collective', 'practice'] as const
export const ModelKind = z.enum(MODEL_KINDS)
export type ModelKind = z.infer<typeof ModelKind>

/** The three contents of Chỉ thị 05 a model exemplifies: tư tưởng, đạo đức, phong cách Hồ Chí Minh. */
export const MODEL_AREAS = ['ideology', 'ethics', 'style'] as const
export const ModelArea = z.enum(MODEL_AREAS)
export type ModelArea = z.infer<typeof ModelArea>

/** Where a nomination stands. */
export const NOMINATION_STATUSES = ['in_review', 'returned', 'declined', 'commended', 'withdrawn'] as const
export const NominationStatus = z.enum(NOMINATION_STATUSES)
export type NominationStatus = z.infer<typeof NominationStatus>

/** Who proposed the model on the nominating unit's behalf. */
export const NOMINATION_PROPOSERS = ['party_unit', 'office', 'mass_organization', 'citizen'] as const
export const NominationProposer = z.enum(NOMINATION_PROPOSERS)
export type NominationProposer = z.infer<typeof NominationProposer>

/** Form of commendation: giấy khen (a commune, ward, agency or grassroots committee), bằng khen (the province). */
export const COMMENDATION_FORMS = ['certificate', 'diploma'] as const
export const CommendationForm = z.enum(COMMENDATION_FORMS)
export type CommendationForm = z.infer<typeof CommendationForm>

export const STORY_STATUSES = ['draft', 'published'] as const
export const StoryStatus = z.enum(STORY_STATUSES)
export type StoryStatus = z.infer<typeof StoryStatus>

export const SUGGESTION_STATUSES = ['pending', 'accepted', 'declined'] as const
export const SuggestionStatus = z.enum(SUGGESTION_STATUSES)
export type SuggestionStatus = z.infer<typeof SuggestionStatus>
