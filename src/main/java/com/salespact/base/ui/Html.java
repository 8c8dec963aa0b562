package com.salespact.base.ui;

import org.springframework.web.util.HtmlUtils;

/**
 * Escaped HTML for parts drawn as one element (cards, tables): every server-side element costs about a kilobyte of
 * session memory, a few hundred characters of markup do not. User text always goes through {@link #escape}.
 */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** {@code <span class="…">text</span>}, the text escaped. */
    public static String span(String className, String text) {
        return "<span class=\"" + className + "\">" + escape(text) + "</span>";
    }
}
