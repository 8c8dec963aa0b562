package com.salespact.messaging;

import java.util.Optional;

/** Reads a recipient's contact facts (implemented in the query package). No access check: the rules read it. */
public interface Recipients {

    Optional<Recipient> find(long personId);
}
