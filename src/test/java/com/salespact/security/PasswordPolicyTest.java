package com.salespact.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy demo = new PasswordPolicy(false);
    private final PasswordPolicy production = new PasswordPolicy(true);

    @Test
    void demoAcceptsAnyNonBlankPassword() {
        assertThat(demo.check("rep", "rep")).isEmpty();
        assertThat(demo.check("rep", " ")).hasValue("Enter a password");
    }

    @Test
    void productionRefusesDefaultsTheUsernameAndShortPasswords() {
        assertThat(production.check("admin", "admin")).hasValue("Default passwords are not allowed in production");
        assertThat(production.check("maria", "Password")).hasValue("Default passwords are not allowed in production");
        assertThat(production.check("maria", "MARIA")).hasValue("Default passwords are not allowed in production");
        assertThat(production.check("maria", "short-one")).hasValue("Use at least 12 characters");
        assertThat(production.check("maria", "a much longer passphrase")).isEmpty();
        assertThat(production.check("maria", "x".repeat(101))).hasValue("Use at most 100 characters");
    }
}
