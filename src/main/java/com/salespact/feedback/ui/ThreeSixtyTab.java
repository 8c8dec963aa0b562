package com.salespact.feedback.ui;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.feedback.FeedbackPerson;
import com.salespact.feedback.FeedbackRespondentStatus;
import com.salespact.feedback.FeedbackService;
import com.salespact.feedback.FeedbackSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One person's 360 for one of the last four fiscal quarters: pickers for both, the summary, and for the person's
 * manager who has answered and the form to ask more. Without a valid choice in the URL it opens on the reader's
 * first subject after themselves and the newest quarter with answers; the page keeps what it settled on in the URL.
 */
class ThreeSixtyTab extends Div {

    private final FeedbackService feedback;
    private final long personId;
    private final DateRange quarter;

    /**
     * @param personId the person asked for, or null
     * @param quarter  the quarter asked for, or null
     * @param choose   called with another person (and no quarter) or another quarter picked here
     * @param reload   run after more 360 answers were asked for
     */
    ThreeSixtyTab(FeedbackService feedback, FiscalCalendar calendar, long me, Clock clock, Long personId,
                  DateRange quarter, BiConsumer<Long, DateRange> choose, Runnable reload) {
        this.feedback = feedback;
        List<FeedbackPerson> subjects = feedback.subjects();
        FeedbackPerson subject = subjects.stream().filter(p -> personId != null && p.id() == personId).findFirst()
                .orElse(subjects.size() > 1 ? subjects.get(1) : subjects.getFirst());
        this.personId = subject.id();
        List<DateRange> quarters = recentQuarters(calendar, LocalDate.now(clock));
        this.quarter = quarter == null || !quarters.contains(quarter) ? latestAnswered(subject, quarters) : quarter;

        ComboBox<FeedbackPerson> person = new ComboBox<>(getTranslation("feedback.360.rep"));
        person.setId("feedback-360-person");
        person.setItems(subjects);
        person.setItemLabelGenerator(FeedbackPerson::name);
        person.setValue(subject);
        person.setVisible(subjects.size() > 1);
        person.addValueChangeListener(event -> {
            if (event.getValue() != null && event.getValue().id() != this.personId) {
                choose.accept(event.getValue().id(), null);
            }
        });
        Select<DateRange> period = new Select<>();
        period.setLabel(getTranslation("feedback.360.period"));
        period.setId("feedback-360-quarter");
        period.setItems(quarters);
        period.setItemLabelGenerator(range -> FeedbackLabels.period(calendar, range));
        period.setValue(this.quarter);
        period.addValueChangeListener(event -> {
            if (event.getValue() != null && !event.getValue().equals(this.quarter)) {
                choose.accept(this.personId, event.getValue());
            }
        });
        Div toolbar = new Div(person, period);
        toolbar.addClassName("toolbar");

        boolean manages = feedback.mayRequest(subject.id());
        FeedbackSummary summary = feedback.summary(subject.id(), this.quarter);
        List<FeedbackRespondentStatus> statuses = manages ? feedback.respondents(subject.id(), this.quarter) : null;
        add(toolbar, new FeedbackSummaryPanel(summary, FeedbackLabels.period(calendar, this.quarter), statuses));
        if (manages) {
            add(new FeedbackRequestSection(feedback, subject, this.quarter, statuses, me, clock, reload));
        }
    }

    /** The person shown. */
    long personId() {
        return personId;
    }

    /** The quarter shown. */
    DateRange quarter() {
        return quarter;
    }

    /** The current fiscal quarter and the three before it, newest first. */
    private static List<DateRange> recentQuarters(FiscalCalendar calendar, LocalDate today) {
        List<DateRange> quarters = new ArrayList<>();
        LocalDate day = today;
        for (int i = 0; i < 4; i++) {
            DateRange range = calendar.quarterOf(day);
            quarters.add(range);
            day = range.start().minusDays(1);
        }
        return quarters;
    }

    /** Opens on the newest quarter with a 360 about the person, else the current one. */
    private DateRange latestAnswered(FeedbackPerson subject, List<DateRange> quarters) {
        return quarters.stream().filter(q -> !feedback.summary(subject.id(), q).isEmpty()).findFirst()
                .orElse(quarters.getFirst());
    }
}
