package com.salespact.base;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who is watching which team. Screens subscribe when attached and unsubscribe when detached, so a closed tab holds
 * nothing. Events are delivered after their transaction commits, on virtual threads, so a slow screen never holds up
 * the rep who saved. Running on several nodes, only this class changes (see {@link #deliver(TeamEvent)}).
 */
@Component
public class LiveUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

    /**
     * A subscription; {@code teamId} null means every team (admins). {@code relevant} is asked on the delivering
     * thread, so a screen that does not care about an event costs no thread and no UI lock.
     */
    private record Subscriber(Long teamId, Predicate<TeamEvent> relevant, Consumer<TeamEvent> listener) {
        boolean wants(TeamEvent event) {
            try {
                return (teamId == null || teamId.equals(event.teamId())) && relevant.test(event);
            } catch (RuntimeException e) {
                LOG.warn("A live screen failed to judge an update: {}", e.toString());
                return false;
            }
        }
    }

    /** Handle to end a subscription. */
    public interface Subscription {
        void cancel();
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Consumer<TeamEvent>> relays = new CopyOnWriteArrayList<>();
    private final Map<Long, AtomicLong> teamVersions = new ConcurrentHashMap<>();
    private final AtomicLong everyTeamVersion = new AtomicLong();

    /**
     * A number that grows with every change delivered for the team (here or relayed from another node): figures read
     * at one version are still current while it stays the same. Lets screens share one read of a team's figures.
     */
    public long version(Long teamId) {
        AtomicLong team = teamId == null ? null : teamVersions.get(teamId);
        return everyTeamVersion.get() + (team == null ? 0 : team.get());
    }

    public Subscription subscribe(Long teamId, Consumer<TeamEvent> listener) {
        return subscribe(teamId, event -> true, listener);
    }

    /** Like {@link #subscribe(Long, Consumer)}, for the events {@code relevant} accepts (a quick, pure check). */
    public Subscription subscribe(Long teamId, Predicate<TeamEvent> relevant, Consumer<TeamEvent> listener) {
        Subscriber subscriber = new Subscriber(teamId, relevant, listener);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    /** Something outside this node (another node's notification) wants every local event too. */
    public void addRelay(Consumer<TeamEvent> relay) {
        relays.add(relay);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onCommitted(TeamEvent event) {
        relays.forEach(relay -> relay.accept(event));
        deliver(event);
    }

    /** Hands an event to this node's subscribers of its team. */
    public void deliver(TeamEvent event) {
        if (event.teamId() == null) {
            everyTeamVersion.incrementAndGet();
        } else {
            teamVersions.computeIfAbsent(event.teamId(), team -> new AtomicLong()).incrementAndGet();
        }
        for (Subscriber subscriber : subscribers) {
            if (subscriber.wants(event)) {
                executor.execute(() -> {
                    try {
                        subscriber.listener().accept(event);
                    } catch (RuntimeException e) {
                        LOG.warn("A live screen failed to take an update: {}", e.toString());
                    }
                });
            }
        }
    }
}
