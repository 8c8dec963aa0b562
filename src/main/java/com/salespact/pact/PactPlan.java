package com.salespact.pact;

/**
 * The commission plan as a pact version shows it (in step 1, on the review page and in the printout), with the
 * terms already in words (the commission feature's wording, through {@link PactCommissionSource#describe}).
 *
 * @param terms     what the version holds once proposed, or for a draft the plan as it stands (frozen into the
 *                  version when it is proposed); null when there is none
 * @param frozen    the version is proposed, signed or superseded: {@code terms} are part of it
 * @param signed    the version is signed (or superseded), not only proposed
 * @param standing  for a proposed or signed version, the plan as it stands when it differs from {@code terms}: changed
 *                  since (not yet part of the signed pact), or, when the version holds no terms, the plan that pays
 *                  meanwhile; null otherwise
 * @param replaced  the terms held by the signed version this one replaces; null when it held none
 * @param planLink  the commission page where a manager changes the plan; null for the rep
 */
public record PactPlan(PactCommission terms, boolean frozen, boolean signed, PactCommission standing, PactCommission replaced,
                       String termsText, String standingText, String replacedText, String planLink) {

    /** Nothing to show: the pact runs without the commission feature (e.g. in a test slice). */
    public static final PactPlan NONE = new PactPlan(null, false, false, null, null, null, null, null,
            null);

    static String text(PactCommissionSource source, PactCommission terms) {
        return terms == null ? null : source.describe(terms);
    }

    /** This version's plan differs from the one held by the version it replaces ({@code replacesNumber} not null). */
    public boolean changedFrom(Integer replacesNumber) {
        if (replacesNumber == null) {
            return false;
        }
        return terms == null ? replaced != null : !terms.sameTermsAs(replaced);
    }
}
