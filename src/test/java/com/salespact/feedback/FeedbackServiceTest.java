package com.salespact.feedback;

import static com.salespact.feedback.FeedbackTestData.notifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.DateRange;
import com.salespact.base.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Feedback and 360s through the service, on the seeded test database: scoping, visibility, notifications. */
@SpringBootTest
@ActiveProfiles("test")
class FeedbackServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    /** Only today: the demo company's upward notes are older. */
    private static final DateRange JUST_TODAY = new DateRange(TODAY, TODAY);
    private static final DateRange Q4 = new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

    @Autowired UserDetailsService users;
    @Autowired FeedbackService feedback;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    private KeptRows kept;
    private long rep;
    private long lkim;
    private long jberg;
    private long fnilsson;
    private long manager;

    @BeforeEach
    void ids() {
        kept = FeedbackTestData.keepTestRows(new KeptRows(jdbc));
        rep = id("rep");
        lkim = id("lkim");
        jberg = id("jberg");
        fnilsson = id("fnilsson");
        manager = id("manager");
    }

    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        kept.restore();
    }

    private long id(String username) {
        return company.personId(username);
    }

    private void as(String username) {
        TestSupport.signIn(users, username);
    }

    private List<FeedbackNote> notesAbout(long personId) {
        return feedback.notes().stream().filter(note -> note.aboutId() == personId).toList();
    }

    @Test
    void aPrivateConstructiveNoteReachesTheRepOnlyOnceSharedAndTellsThem() {
        as("manager");
        long noteId = feedback.give(rep, FeedbackKind.CONSTRUCTIVE, "Qualify budget before the demo", false);
        assertThat(notifications(jdbc, rep, FeedbackService.NOTIFY_SHARED)).isZero();

        as("rep");
        assertThat(feedback.notes()).extracting(FeedbackNote::id).doesNotContain(noteId);

        as("manager");
        feedback.share(noteId);
        assertThat(notifications(jdbc, rep, FeedbackService.NOTIFY_SHARED)).isEqualTo(1);

        as("rep");
        assertThat(feedback.notes()).filteredOn(note -> note.id() == noteId).singleElement().satisfies(note -> {
            assertThat(note.authorName()).isEqualTo("Maria Novak");
            assertThat(note.shared()).isTrue();
            assertThat(note.canShare()).isFalse();
        });
    }

    @Test
    void aRepCannotReadAnotherRepsFeedback() {
        as("manager");
        long aboutRep = feedback.give(rep, FeedbackKind.PRAISE, "Great close at Aldercrest", true);
        long privateAboutRep = feedback.give(rep, FeedbackKind.CONSTRUCTIVE, "Forecast was off", false);

        as("lkim");
        assertThat(feedback.notes()).extracting(FeedbackNote::id).doesNotContain(aboutRep, privateAboutRep);
        assertThat(notesAbout(rep)).allSatisfy(note -> assertThat(note.authorId()).isEqualTo(lkim));
        assertThatThrownBy(() -> feedback.share(privateAboutRep)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.summary(rep, Q4)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.respondents(rep, Q4)).isInstanceOf(AccessDeniedException.class);

        as("sofia");
        assertThat(feedback.notes()).extracting(FeedbackNote::id).doesNotContain(aboutRep, privateAboutRep);
        assertThatThrownBy(() -> feedback.summary(rep, Q4)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRepGivesToPeersAndTheirManagerButNotToAnotherTeam() {
        as("lkim");
        assertThat(feedback.recipients()).extracting(FeedbackRecipient::name)
                .contains("Ravi Patel", "Maria Novak").doesNotContain("Lena Kim", "Marco Bianchi", "Sofia Rossi");
        long peerNote = feedback.give(rep, FeedbackKind.PRAISE, "Thanks for the intro to Kestrel", true);
        assertThat(notifications(jdbc, rep, FeedbackService.NOTIFY_SHARED)).isEqualTo(1);
        long marco = id("mbianchi");
        assertThatThrownBy(() -> feedback.give(marco, FeedbackKind.PRAISE, "Hi", true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.give(lkim, FeedbackKind.PRAISE, "Me", true))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field()).isEqualTo("aboutId");

        as("manager");
        assertThat(feedback.notes()).filteredOn(note -> note.id() == peerNote).singleElement()
                .satisfies(note -> assertThat(note.relation()).isEqualTo(FeedbackRelation.PEER));
    }

    @Test
    void upwardNotesReachTheManagerOnlyWithoutNamesAndFromTwoOn() {
        as("rep");
        long first = feedback.give(manager, FeedbackKind.CONSTRUCTIVE, "More time for deal reviews", true);
        assertThat(notifications(jdbc, manager, FeedbackService.NOTIFY_SHARED)).as("no note one by one").isZero();

        as("manager");
        assertThat(feedback.notes()).extracting(FeedbackNote::id).doesNotContain(first);
        FeedbackUpwardDigest one = feedback.upwardDigest(JUST_TODAY);
        assertThat(one.notes()).isEqualTo(1);
        assertThat(one.shown()).isFalse();
        assertThat(one.texts()).isEmpty();

        as("lkim");
        feedback.give(manager, FeedbackKind.PRAISE, "Clear priorities every Monday", true);
        feedback.give(manager, FeedbackKind.CONSTRUCTIVE, "Kept for the admin only", false);

        as("manager");
        FeedbackUpwardDigest two = feedback.upwardDigest(JUST_TODAY);
        assertThat(two.shown()).isTrue();
        assertThat(two.notes()).isEqualTo(2);
        assertThat(two.praise()).isEqualTo(1);
        assertThat(two.texts()).containsExactly("Clear priorities every Monday", "More time for deal reviews");
        assertThat(two.toString()).doesNotContain("Ravi", "Lena");

        as("admin");
        assertThat(notesAbout(manager)).extracting(FeedbackNote::text).contains("Kept for the admin only");
    }

    @Test
    void aManagerAsksForA360RespondentsAnswerAndTheSummaryFollowsTheRules() {
        as("manager");
        assertThat(feedback.respondentChoices(fnilsson)).extracting(FeedbackPerson::id)
                .contains(fnilsson, manager, rep, lkim).doesNotContain(id("mbianchi"));
        int sent = feedback.request(fnilsson, Q4, TODAY.plusDays(10), List.of(fnilsson, manager, rep, lkim));
        assertThat(sent).isEqualTo(4);
        assertThat(notifications(jdbc, rep, FeedbackService.NOTIFY_REQUESTED)).isEqualTo(1);
        assertThat(notifications(jdbc, fnilsson, FeedbackService.NOTIFY_REQUESTED)).isEqualTo(1);
        assertThat(notifications(jdbc, manager, FeedbackService.NOTIFY_REQUESTED)).as("not told oneself").isZero();
        assertThatThrownBy(() -> feedback.request(fnilsson, Q4, TODAY.plusDays(10), List.of(rep)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already asked");

        as("rep");
        FeedbackRequestLine waiting = feedback.waitingForMe().stream().filter(r -> r.subjectId() == fnilsson)
                .findFirst().orElseThrow();
        assertThat(waiting.relation()).isEqualTo(FeedbackRelation.PEER);
        assertThat(waiting.requestedByName()).isEqualTo("Maria Novak");
        as("lkim");
        assertThatThrownBy(() -> feedback.answer(waiting.id(), "x", null, 3, waiting.version()))
                .isInstanceOf(AccessDeniedException.class);
        as("rep");
        assertThatThrownBy(() -> feedback.answer(waiting.id(), "x", null, 3, waiting.version() + 1))
                .isInstanceOf(ConcurrentEditException.class);
        feedback.answer(waiting.id(), "Knows every farmer account", "Slow to hand over leads", 4, waiting.version());
        assertThat(feedback.waitingForMe()).extracting(FeedbackRequestLine::id).doesNotContain(waiting.id());

        as("fnilsson");
        FeedbackRelationSummary onePeer = feedback.summary(fnilsson, Q4).relation(FeedbackRelation.PEER).orElseThrow();
        assertThat(onePeer.withheld()).as("one peer answer would give its author away").isTrue();
        assertThat(onePeer.strengths()).isEmpty();
        assertThatThrownBy(() -> feedback.respondents(fnilsson, Q4)).isInstanceOf(AccessDeniedException.class);

        as("manager");
        FeedbackSummary forManager = feedback.summary(fnilsson, Q4);
        assertThat(forManager.asked()).isEqualTo(4);
        assertThat(forManager.answered()).isEqualTo(1);
        assertThat(forManager.relation(FeedbackRelation.PEER).orElseThrow().strengths())
                .containsExactly("Knows every farmer account");
        assertThat(forManager.relation(FeedbackRelation.PEER).orElseThrow().respondents()).isEmpty();
        assertThat(feedback.respondents(fnilsson, Q4)).extracting(FeedbackRespondentStatus::respondentName,
                FeedbackRespondentStatus::answered).contains(
                org.assertj.core.groups.Tuple.tuple("Ravi Patel", true),
                org.assertj.core.groups.Tuple.tuple("Lena Kim", false));

        as("lkim");
        long lkimsRequest = feedback.waitingForMe().stream().filter(r -> r.subjectId() == fnilsson).findFirst()
                .orElseThrow().id();
        feedback.answer(lkimsRequest, "Calm with difficult customers", null, 3, 0);

        as("fnilsson");
        FeedbackRelationSummary twoPeers = feedback.summary(fnilsson, Q4).relation(FeedbackRelation.PEER)
                .orElseThrow();
        assertThat(twoPeers.shown()).isTrue();
        assertThat(twoPeers.averageRating()).isEqualByComparingTo("3.5");
        assertThat(twoPeers.strengths()).containsExactly("Calm with difficult customers", "Knows every farmer account");
    }

    @Test
    void onlyManagersAskAndOnlyAboutTheirTeam() {
        as("rep");
        assertThatThrownBy(() -> feedback.request(lkim, Q4, TODAY.plusDays(5), List.of(rep)))
                .isInstanceOf(AccessDeniedException.class);
        as("sofia");
        assertThatThrownBy(() -> feedback.request(rep, Q4, TODAY.plusDays(5), List.of(id("sofia"))))
                .isInstanceOf(AccessDeniedException.class);
        as("manager");
        assertThatThrownBy(() -> feedback.request(rep, Q4, TODAY.plusDays(5), List.of(id("mbianchi"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.request(rep, Q4, TODAY.minusDays(1), List.of(lkim)))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field()).isEqualTo("dueOn");
        assertThatThrownBy(() -> feedback.request(rep, Q4, TODAY.plusDays(5), List.of()))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("respondents");
        assertThat(jdbc.queryForObject("select count(*) from feedback_request where requested_at = ?",
                Integer.class, FeedbackTestData.NOW.atOffset(java.time.ZoneOffset.UTC))).isZero();
    }
}
