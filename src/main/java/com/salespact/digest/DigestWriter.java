package com.salespact.digest;

import com.salespact.activities.query.ScoreLine;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.Formats;
import com.salespact.base.Messages;
import com.salespact.base.Pace;
import com.salespact.goals.query.RepPace;
import com.salespact.messaging.ComposedMail;
import com.salespact.messaging.FramedMails;
import com.salespact.messaging.MessagingLinks;
import com.salespact.pact.LadderPosition;
import com.salespact.pact.PactLinks;
import com.salespact.pact.query.CommitmentActual;
import com.salespact.reviews.ReviewDetails;
import com.salespact.reviews.ReviewLinks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Writes a digest's facts as a mail in the recipient's language ({@code templates/mail/digest.*} inside the mail frame):
 * sections of lines, each line with its figures formatted for the recipient and a link to the exact screen. The
 * template only lays out; every word and figure is made here.
 */
@Component
class DigestWriter {

    static final String KIND = "WEEKLY_DIGEST";
    private static final String TEMPLATE = "digest";

    private final FramedMails mails;
    private final MessagingLinks links;

    DigestWriter(FramedMails mails, MessagingLinks links) {
        this.mails = mails;
        this.links = links;
    }

    Optional<ComposedMail> rep(RepDigest digest, DigestWeek sent) {
        Text t = text(digest.repId());
        List<Map<String, Object>> sections = new ArrayList<>();
        String intro;
        if (digest.hasPact()) {
            intro = t.say("digest.rep.intro", t.week(digest.week()), t.range(digest.week()),
                    String.valueOf(digest.pact().number()), t.range(digest.pact().period()));
            String pact = PactLinks.review(digest.pact().versionId());
            sections.add(section(t.say("digest.rep.sales"), null,
                    List.of("", t.say("digest.col.won"), t.say("digest.col.due"), t.say("digest.col.target"),
                            t.say("digest.col.pace")),
                    List.of(paceRow(t, t.say("digest.rep.sales.week"), digest.weekPace(), DigestLinks.myBusiness()),
                            paceRow(t, t.say("digest.rep.sales.period", t.range(digest.pact().period())),
                                    digest.periodPace(), DigestLinks.myBusiness())),
                    null));
            sections.add(section(t.say("digest.rep.standards"), null,
                    List.of(t.say("digest.col.standard"), t.say("digest.col.done"), t.say("digest.col.minimum"), ""),
                    digest.standards().stream().map(line -> standardRow(t, line, digest.repId())).toList(),
                    t.say("digest.rep.standards.none")));
            sections.add(section(t.say("digest.commitments.manager"), null,
                    List.of(t.say("digest.col.commitment"), t.say("digest.col.done-due"), ""),
                    digest.commitments().stream().map(c -> commitmentRow(t, List.of(c.description()), c, pact))
                            .toList(),
                    t.say("digest.commitments.none")));
            if (digest.ladder() != null) {
                sections.add(section(t.say("digest.ladder"), null, null,
                        List.of(ladderRow(t, digest.ladder(), pact)), null));
            }
        } else {
            intro = t.say("digest.rep.intro.no-pact", t.week(digest.week()), t.range(digest.week()));
            sections.add(section(t.say("digest.no-pact"), null, null,
                    List.of(row(List.of(t.say("digest.no-pact.text")), null, null, PactLinks.LIST)), null));
        }
        sections.add(section(t.say("digest.next"), null, null, nextRows(t, digest.nextOneOnOne()),
                t.say("digest.next.none")));
        sections.add(section(t.say("digest.actions"), null,
                List.of(t.say("digest.col.action"), t.say("digest.col.due-date"), ""),
                digest.openActions().stream().map(action -> actionRow(t, action, digest.nextOneOnOne())).toList(),
                t.say("digest.actions.none")));
        String subject = t.say("digest.subject.rep", t.week(digest.week()));
        return compose(digest.repId(), subject, intro, sections, sent);
    }

    Optional<ComposedMail> manager(ManagerDigest digest, DigestWeek sent) {
        Text t = text(digest.managerId());
        List<Map<String, Object>> sections = new ArrayList<>();
        sections.add(section(t.say("digest.team"), null,
                List.of(t.say("digest.col.rep"), t.say("digest.col.pace"), t.say("digest.col.mas-missed"),
                        t.say("digest.col.ladder"), t.say("digest.col.pact")),
                digest.team().stream().map(line -> teamRow(t, line)).toList(), t.say("digest.team.none")));
        sections.add(section(t.say("digest.commitments.mine"), null,
                List.of(t.say("digest.col.rep"), t.say("digest.col.commitment"), t.say("digest.col.done-due"), ""),
                digest.commitments().stream().map(c -> commitmentRow(t,
                        List.of(c.repName(), c.commitment().description()), c.commitment(),
                        PactLinks.review(c.pactVersionId()))).toList(),
                t.say("digest.commitments.none")));
        String intro = t.say("digest.manager.intro", t.week(digest.week()), t.range(digest.week()));
        return compose(digest.managerId(), t.say("digest.subject.manager", t.week(digest.week())), intro, sections,
                sent);
    }

    private Optional<ComposedMail> compose(long personId, String subject, String intro,
                                           List<Map<String, Object>> sections, DigestWeek sent) {
        Map<String, Object> model = new HashMap<>();
        model.put("intro", intro);
        model.put("sections", sections);
        return mails.compose(personId, KIND, subject, TEMPLATE, model, DigestLinks.preview(personId, sent));
    }

    // --- lines ------------------------------------------------------------------------------------------------

    private Map<String, Object> paceRow(Text t, String label, RepPace pace, String link) {
        return row(List.of(label, t.formats.money(pace.actualRevenue()), t.formats.money(pace.dueTarget()),
                        t.formats.money(pace.target())),
                t.paceStatus(pace.pace(), pace.attainment()), pace.pace().name(), link, 1, 2, 3);
    }

    private Map<String, Object> standardRow(Text t, ScoreLine line, long repId) {
        return row(List.of(t.say("pact.metric." + line.metric().name()), t.formats.count(line.actual()),
                        t.formats.count(line.minimum())),
                t.say(line.met() ? "digest.met" : "digest.missed"), line.met() ? "ON_TRACK" : "AT_RISK",
                DigestLinks.activities(repId));
    }

    private Map<String, Object> commitmentRow(Text t, List<String> first, CommitmentActual commitment, String link) {
        List<String> cells = new ArrayList<>(first);
        if (!commitment.measured()) {
            cells.add("—");
            return row(cells, t.say("digest.agreed"), null, link, first.size() > 1 ? 0 : -1);
        }
        cells.add(t.say("digest.done-of-due", t.plain(commitment.actual()), t.plain(commitment.dueByNow())));
        boolean kept = commitment.pace() == Pace.ON_TRACK;
        // A manager's lines start with the rep's name: kept on one line like the figures.
        Integer[] nowrap = first.size() > 1 ? new Integer[] {0, cells.size() - 1} : new Integer[] {cells.size() - 1};
        return row(cells, t.say(kept ? "digest.kept" : "digest.not-kept"), kept ? "ON_TRACK" : "AT_RISK", link,
                nowrap);
    }

    private Map<String, Object> ladderRow(Text t, LadderPosition ladder, String link) {
        return row(List.of(t.say("digest.ladder.rung", String.valueOf(ladder.rung()), String.valueOf(ladder.rungCount()),
                        ladder.consequence() == null ? "" : ladder.consequence()),
                ladder.reason() == null ? "" : ladder.reason()), null, "AT_RISK", link);
    }

    private List<Map<String, Object>> nextRows(Text t, RepDigest.NextMeeting next) {
        if (next == null) {
            return List.of();
        }
        String link = ReviewLinks.review(next.reviewId());
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(List.of(t.say("digest.next.on", t.formats.weekdayDate(next.day()))), null, null, link));
        if (next.agenda().isEmpty()) {
            rows.add(row(List.of(t.say("digest.next.prepare")), null, null, link));
        }
        next.agenda().forEach(item -> rows.add(row(List.of(t.say("digest.next.agenda", item)), null, null, link)));
        return rows;
    }

    private Map<String, Object> actionRow(Text t, ReviewDetails.ActionLine action, RepDigest.NextMeeting next) {
        String link = next != null ? ReviewLinks.review(next.reviewId()) : ReviewLinks.LIST;
        return row(List.of(action.text(), action.dueDate() == null ? "—" : t.formats.date(action.dueDate())),
                action.overdue() ? t.say("digest.overdue") : null, action.overdue() ? "AT_RISK" : null, link, 1);
    }

    private Map<String, Object> teamRow(Text t, ManagerDigest.RepLine line) {
        String pace = line.pace() == null ? "—"
                : t.paceStatus(line.pace().pace(), line.pace().attainment());
        String ladder = line.ladder() == null ? "—"
                : t.say("digest.ladder.short", String.valueOf(line.ladder().rung()),
                String.valueOf(line.ladder().rungCount()));
        String state = line.state() == null ? "—" : t.say("pact.state." + line.state().name());
        String link = line.pactVersionId() != null ? PactLinks.review(line.pactVersionId()) : PactLinks.LIST;
        Map<String, Object> row = row(List.of(line.repName(), pace, t.formats.count(line.masMisses()), ladder, state),
                null, line.pace() == null ? null : line.pace().pace().name(), link, 0, 1, 3);
        row.put("toneCell", 1);
        return row;
    }

    // --- the model the template lays out ----------------------------------------------------------------------

    private static Map<String, Object> section(String title, String note, List<String> headers,
                                               List<Map<String, Object>> rows, String empty) {
        Map<String, Object> section = new HashMap<>();
        section.put("title", title);
        section.put("note", note);
        section.put("headers", headers);
        section.put("rows", rows);
        section.put("empty", empty);
        return section;
    }

    /**
     * @param status a closing word ("Kept", "On track · 104 %"), or null
     * @param tone   ON_TRACK, BEHIND or AT_RISK to colour the status (and, with {@code toneCell}, that cell); null
     * @param nowrap the cells kept on one line (names, amounts, dates)
     */
    private Map<String, Object> row(List<String> cells, String status, String tone, String link, Integer... nowrap) {
        Map<String, Object> row = new HashMap<>();
        row.put("cells", cells);
        row.put("status", status);
        row.put("tone", tone == null ? "NONE" : tone);
        row.put("toneCell", -1);
        row.put("nowrap", List.of(nowrap));
        row.put("link", links.absolute(link));
        return row;
    }

    private Text text(long personId) {
        return new Text(mails.localeOf(personId), mails.formatsOf(personId));
    }

    /** Words and figures in one recipient's language. */
    private record Text(Locale locale, Formats formats) {

        String say(String key, Object... args) {
            return Messages.text(locale, key, args);
        }

        String week(DateRange week) {
            return say("calendar.week", String.valueOf(FiscalCalendar.isoWeekNumber(week.start())));
        }

        String range(DateRange range) {
            return formats.dateRange(range.start(), range.end());
        }

        String paceStatus(Pace pace, BigDecimal attainment) {
            return attainment == null ? say("pace." + pace.name())
                    : say("digest.pace", say("pace." + pace.name()), formats.percent(attainment));
        }

        String plain(BigDecimal value) {
            return formats.number(value, Math.min(1, Math.max(0, value.stripTrailingZeros().scale())));
        }
    }
}
