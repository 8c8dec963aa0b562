package com.salespact.commission;

import java.util.List;

/** A rule in words: a translation key and its arguments, numbers already formatted. */
public record RuleText(String key, List<String> args) {

    public Object[] arguments() {
        return args.toArray();
    }
}
