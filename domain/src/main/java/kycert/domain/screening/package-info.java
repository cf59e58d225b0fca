/**
 * Live screening: the official lists' entries, their versions, and the pure matching rules (CONTRACT §8).
 *
 * <p>Matching, as a pipeline of small rules: {@link kycert.domain.screening.NameNormalizer} (case, accents,
 * punctuation, particles, legal forms, order) → {@link kycert.domain.screening.TokenSimilarity} (exact, typo by
 * Jaro-Winkler, initial, number) → {@link kycert.domain.screening.NameSimilarity} (token alignment, weighted Dice) →
 * {@link kycert.domain.screening.EntryDecision} (full document, homonym, masked CPF, entry kind, threshold).
 * {@link kycert.domain.screening.ScreeningIndex} finds the candidates — by document, masked digits and typo keys of
 * words — and applies the same decision, so it returns exactly the hits a full scan would. See docs/adr/010.
 */
package kycert.domain.screening;
