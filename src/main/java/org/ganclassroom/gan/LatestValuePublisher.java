package org.ganclassroom.gan;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands values from a producer (the training thread) to listeners without ever making the producer wait:
 * {@link #publish} only stores the value; a separate delivery thread gives listeners the newest value, and
 * values published while a slow listener is busy are coalesced into the latest one.
 */
final class LatestValuePublisher<T> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LatestValuePublisher.class);

    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean deliveryQueued = new AtomicBoolean();
    private final List<Consumer<T>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery;

    LatestValuePublisher(String threadName) {
        delivery = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    void publish(T value) {
        latest.set(value);
        if (!listeners.isEmpty() && deliveryQueued.compareAndSet(false, true)) {
            try {
                delivery.execute(this::deliver);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                deliveryQueued.set(false);
            }
        }
    }

    T latest() {
        return latest.get();
    }

    void addListener(Consumer<T> listener) {
        listeners.add(listener);
        T current = latest.get();
        if (current != null) {
            publish(current);
        }
    }

    void removeListener(Consumer<T> listener) {
        listeners.remove(listener);
    }

    private void deliver() {
        deliveryQueued.set(false); // values published from now on queue a new delivery
        T value = latest.get();
        for (Consumer<T> listener : listeners) {
            try {
                listener.accept(value);
            } catch (RuntimeException broken) {
                LOG.warn("A training listener failed; training goes on", broken);
            }
        }
    }

    @Override
    public void close() {
        delivery.shutdownNow();
        try {
            delivery.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
