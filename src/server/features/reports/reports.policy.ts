// Who may have a document: the rules of the records it is made from, so a document never shows more than its pages.
// A commitment form: its owner, and whoever may read that commitment (the cell, offices, leaders, inspectors over it).
// A rating summary or decision list: whoever may see the evaluations of that organization's subtree.
import { commitmentPolicy } from '../commitments/commitments.policy.ts'
import { evaluationPolicy } from '../evaluations/evaluations.policy.ts'

export const reportPolicy = {
  commitment: commitmentPolicy.read,
  ratings: evaluationPolicy.list,
}
