package com.salespact.messaging;

import java.util.Optional;

/**
 * The few facts a team post names (implemented in the query package). No access check: the posting rules read them
 * for events that already happened, on any thread (a scheduled job, the closing settlement).
 */
public interface ChatFacts {

    Optional<String> teamName(long teamId);

    /** A person's display name and team (null when they have none). */
    Optional<Member> member(long personId);

    /** A person as a post names them. */
    record Member(String fullName, Long teamId) {
    }
}
