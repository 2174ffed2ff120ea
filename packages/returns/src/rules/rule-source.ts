/**
 * Where a rule comes from: the DfE document (or Act, regulation, guidance) that states it, a link a
 * person can follow, and the rule's own reference within it.
 */
export interface RuleSource {
  /** The document, e.g. `"Children looked after return 2025 to 2026: validation rules"`. */
  readonly title: string;
  /** A public URL for the document or the page that publishes it. */
  readonly url: string;
  /** The rule's reference within the document, e.g. `"rule 103"`. */
  readonly ref?: string;
}
