package com.salespact.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The one rule for keys that open something without a login (wall screens, calendar feeds, API tokens): a random 256-bit value,
 * URL-safe, shown once; only its SHA-256 is stored and looked up. A lookup by hash compares hashes, not the secret, so
 * its timing tells an attacker nothing about a valid token.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longer input is not one of ours (43 characters are issued); refused before hashing. */
    public static final int MAX_LENGTH = 100;

    private SecretTokens() {
    }

    /** A new random token: 32 bytes, Base64url without padding (43 characters). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form: SHA-256 of the token, 64 hex digits. */
    public static String hash(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a presented value could be a token at all (not blank, not absurdly long). */
    public static boolean plausible(String raw) {
        return raw != null && !raw.isBlank() && raw.length() <= MAX_LENGTH;
    }
}
