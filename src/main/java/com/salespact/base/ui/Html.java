package com.salespact.base.ui;

import org.springframework.web.util.HtmlUtils;

/**
 * Escaped HTML for parts drawn as one element (cards, tables): every server-side element costs about a kilobyte of
 * session memory, a few hundred characters of markup do not. User text always goes through {@link #escape}.
 */
public final class Html {

    private Html() {
    }

    /**
     * Escapes markup characters, and writes characters beyond Latin-1 (€, ·, –, any script) as numeric references:
     * the markup then stays a Latin-1 string, which Java stores in one byte per character instead of two (it is
     * held server-side for as long as the element shows it).
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String escaped = HtmlUtils.htmlEscape(text, "UTF-8");
        StringBuilder latin1 = null;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c > 0xFF && latin1 == null) {
                latin1 = new StringBuilder(escaped.length() + 16).append(escaped, 0, i);
            }
            if (latin1 != null) {
                if (c <= 0xFF) {
                    latin1.append(c);
                } else {
                    int codePoint = escaped.codePointAt(i);
                    latin1.append("&#").append(codePoint).append(';');
                    i += Character.charCount(codePoint) - 1;
                }
            }
        }
        return latin1 == null ? escaped : latin1.toString();
    }

    /** {@code <span class="…">text</span>}, the text escaped. */
    public static String span(String className, String text) {
        return "<span class=\"" + className + "\">" + escape(text) + "</span>";
    }
}
