package com.salespact.base;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
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

    /** A subscription; {@code teamId} null means every team (admins). */
    private record Subscriber(Long teamId, Consumer<TeamEvent> listener) {
        boolean wants(TeamEvent event) {
            return teamId == null || teamId.equals(event.teamId());
        }
    }

    /** Handle to end a subscription. */
    public interface Subscription {
        void cancel();
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Consumer<TeamEvent>> relays = new CopyOnWriteArrayList<>();

    public Subscription subscribe(Long teamId, Consumer<TeamEvent> listener) {
        Subscriber subscriber = new Subscriber(teamId, listener);
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
