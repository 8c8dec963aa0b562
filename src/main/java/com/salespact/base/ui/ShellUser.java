package com.salespact.base.ui;

/**
 * Who the shell shows as signed in. The security feature provides the bean, so the shell knows who is signed in
 * without depending on security (whose accounts and display tokens build on base).
 */
public interface ShellUser {

    /** The signed-in person; refused (access denied) when nobody is signed in. */
    Person require();

    /** A name, and the translation key of the role (e.g. {@code role.MANAGER}). */
    record Person(String fullName, String roleKey) {
    }
}
