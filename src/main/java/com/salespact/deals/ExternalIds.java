package com.salespact.deals;

import java.security.SecureRandom;

/**
 * External ids for deals and accounts created in the app, so that every row can be exported and imported again
 * (an import matches rows by external id). {@code SP-D-} or {@code SP-A-} and twelve random characters of
 * Crockford's base 32 (60 bits, no I, L, O, U), e.g. {@code SP-D-7K3M9Q2XW4HB}. Random rather than the row id:
 * it is known before the insert (no second write, no version bump), and it says nothing about how many rows the
 * company has. Rows that existed before ids were generated got {@code SP-D-<row id>} (migration V12); both forms are
 * stable, and the unique constraint backs the (about one in 10^6 at a million rows) chance of a repeat.
 */
public final class ExternalIds {

    static final String DEAL_PREFIX = "SP-D-";
    static final String ACCOUNT_PREFIX = "SP-A-";
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ExternalIds() {
    }

    static String newDealId() {
        return DEAL_PREFIX + random();
    }

    static String newAccountId() {
        return ACCOUNT_PREFIX + random();
    }

    private static String random() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
