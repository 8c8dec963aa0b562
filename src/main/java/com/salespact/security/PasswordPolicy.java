package com.salespact.security;

import com.salespact.base.Messages;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which passwords are acceptable. With demo data anything non-blank goes (admin/admin); in production
 * ({@code salespact.security.require-strong-passwords=true}) default and short passwords are refused.
 */
@Component
public class PasswordPolicy {

    static final Set<String> DEFAULT_PASSWORDS = Set.of("admin", "manager", "rep", "password", "salespact",
            "changeme", "123456", "12345678", "qwerty", "letmein");
    static final int STRONG_MIN_LENGTH = 12;

    private final boolean strong;

    PasswordPolicy(@Value("${salespact.security.require-strong-passwords:false}") boolean strong) {
        this.strong = strong;
    }

    public boolean requiresStrongPasswords() {
        return strong;
    }

    /** @return the reason the password is refused, or empty when it is acceptable. */
    public Optional<String> check(String username, String password) {
        if (password == null || password.isBlank()) {
            return Optional.of(Messages.text("people.password.rule.required"));
        }
        if (password.length() > 100) {
            return Optional.of(Messages.text("people.password.rule.too-long"));
        }
        if (!strong) {
            return Optional.empty();
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (DEFAULT_PASSWORDS.contains(lower) || (username != null && lower.equals(username.toLowerCase(Locale.ROOT)))) {
            return Optional.of(Messages.text("people.password.rule.default"));
        }
        if (password.length() < STRONG_MIN_LENGTH) {
            return Optional.of(Messages.text("people.password.rule.too-short", String.valueOf(STRONG_MIN_LENGTH)));
        }
        return Optional.empty();
    }
}
