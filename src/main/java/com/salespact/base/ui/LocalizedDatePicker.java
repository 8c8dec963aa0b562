package com.salespact.base.ui;

import com.salespact.base.Formats;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.Locale;

/**
 * A date picker that shows and reads dates as the rest of the user's screens write them ({@link UserFormats}):
 * "4 Dec 2026" in London, "4. Dez. 2026" in Berlin, "Dec 4, 2026" in New York; month and day names and the first day
 * of the week in the same language. Typed dates are also read as 2026-12-04 and in the locale's short numeric form.
 */
public class LocalizedDatePicker extends DatePicker {

    public LocalizedDatePicker() {
        localize(UserFormats.current());
    }

    public LocalizedDatePicker(String label) {
        super(label);
        localize(UserFormats.current());
    }

    private void localize(Formats formats) {
        Locale locale = formats.locale();
        setLocale(locale);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        // Java lists weekdays from index 1 (Sunday); the picker wants them from Sunday at index 0.
        i18n.setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8));
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        i18n.setFirstDayOfWeek(first == DayOfWeek.SUNDAY ? 0 : first.getValue());
        i18n.setToday(getTranslation("datepicker.today"));
        i18n.setCancel(getTranslation("action.cancel"));
        i18n.setDateFormats(pattern(locale, "yMMMd"), "yyyy-MM-dd", pattern(locale, "yMd"));
        setI18n(i18n);
    }

    /** The locale's CLDR pattern for a skeleton, in the picker's tokens (four-digit years). */
    static String pattern(Locale locale, String skeleton) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(skeleton, IsoChronology.INSTANCE, locale);
        return pattern.replaceAll("y+", "yyyy").replace("'", "");
    }
}
