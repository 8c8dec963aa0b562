package com.salespact.deals.csv;

import com.salespact.base.Formats;
import com.salespact.base.Messages;

/**
 * The problems an import reports, from the translations in the language of the person importing (the background
 * work runs with their language, see {@code ImportWork}); counts formatted for that language.
 */
final class CsvTexts {

    private CsvTexts() {
    }

    static String text(String key, Object... args) {
        return Messages.text(key, args);
    }

    /** "200,000" (or "200.000"). */
    static String count(long value) {
        return Formats.of(Messages.current(), null).count(value);
    }
}
