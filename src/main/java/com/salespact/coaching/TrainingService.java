package com.salespact.coaching;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import com.salespact.pact.TrainingStatus;
import com.salespact.people.AccessGuard;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rep's training plan and its progress. Reps update their own items; managers add items agreed in reviews and
 * update their team's. The pact pushes its plan with {@link #replacePactPlan}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TrainingService {

    private static final Comparator<TrainingItem> PLAN_ORDER = Comparator
            .comparing((TrainingItem item) -> item.getStatus() == TrainingStatus.DONE)
            .thenComparing(TrainingItem::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TrainingItem::getId);

    private final TrainingRepository items;
    private final AccessGuard guard;
    private final Clock clock;

    TrainingService(TrainingRepository items, AccessGuard guard, Clock clock) {
        this.items = items;
        this.guard = guard;
        this.clock = clock;
    }

    /** The rep's plan: open items by due date (undated last), then the done ones. */
    @Transactional(readOnly = true)
    public List<TrainingItemLine> items(long repId) {
        guard.checkOwner(repId);
        LocalDate today = LocalDate.now(clock);
        return items.findByRepIdOrderByIdAsc(repId).stream().sorted(PLAN_ORDER)
                .map(item -> line(item, today)).toList();
    }

    /** A training item agreed in a review or development conversation. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public long add(long repId, String title, LocalDate dueDate) {
        guard.checkOwner(repId);
        if (dueDate != null && dueDate.isBefore(LocalDate.now(clock))) {
            throw RuleViolation.at("dueDate", "coaching.training.due.past");
        }
        return items.save(new TrainingItem(repId, title, dueDate, TrainingSource.REVIEW, clock.instant())).getId();
    }

    /**
     * Records progress on one item.
     * @throws ConcurrentEditException when somebody else changed it since it was shown
     */
    public TrainingItemLine move(long itemId, TrainingStatus status, long expectedVersion) {
        TrainingItem item = items.findById(itemId)
                .orElseThrow(() -> RuleViolation.of("coaching.training.gone"));
        guard.checkOwner(item.getRepId());
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(Messages.text("coaching.training.conflict"));
        }
        item.moveTo(status, clock.instant());
        return line(items.saveAndFlush(item), LocalDate.now(clock));
    }

    /**
     * Replaces the rep's pact training items with the plan of their newly signed pact (see {@link TrainingPlanMerge}:
     * progress on items that stay is kept, done items remain as history, review items are untouched).
     * The pact package sits below this one, so it announces a signed pact and a listener here calls this.
     */
    public void replacePactPlan(long repId, List<TrainingPlanLine> plan) {
        guard.checkOwner(repId);
        TrainingPlanMerge merge = TrainingPlanMerge.of(items.findByRepIdOrderByIdAsc(repId), List.copyOf(plan));
        items.deleteAll(merge.removed());
        merge.rescheduled().forEach(TrainingItem::reschedule);
        Instant now = clock.instant();
        merge.added().forEach(line -> items.save(new TrainingItem(repId, line.title(), line.dueDate(),
                TrainingSource.PACT, now)));
    }

    private static TrainingItemLine line(TrainingItem item, LocalDate today) {
        return new TrainingItemLine(item.getId(), item.getVersion(), item.getTitle(), item.getDueDate(),
                item.getStatus(), item.getSource(), item.getCompletedAt(), item.isOverdue(today));
    }
}
