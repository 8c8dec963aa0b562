package com.salespact.security;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work started now and run later (a delayed save pushed to the page) runs as the person who started it, whatever
 * thread or request happens to run it: their security context is captured now and put back around the work.
 */
public final class CallerContext {

    private CallerContext() {
    }

    public static Runnable keep(Runnable work) {
        SecurityContext caller = SecurityContextHolder.getContext();
        return () -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(caller);
            try {
                work.run();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        };
    }
}
