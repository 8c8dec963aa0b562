package com.salespact.commission;

import com.salespact.base.Messages;
import java.util.List;

/** A rule in words: a translation key and its arguments, numbers already formatted. */
public record RuleText(String key, List<String> args) {

    public Object[] arguments() {
        return args.toArray();
    }

    /** In the application's default language, for texts stored for later (notifications). */
    public String rendered() {
        return Messages.text(key, arguments());
    }
}
