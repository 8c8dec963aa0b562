package com.salespact.security.ui;

import com.salespact.base.ui.ShellUser;
import com.salespact.security.CurrentUser;
import com.salespact.security.SignedInUser;
import org.springframework.stereotype.Component;

/** The shell's signed-in person: the session's user, by name and role. */
@Component
class SignedInShellUser implements ShellUser {

    private final CurrentUser currentUser;

    SignedInShellUser(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Person require() {
        SignedInUser user = currentUser.require();
        return new Person(user.fullName(), "role." + user.role().name());
    }
}
