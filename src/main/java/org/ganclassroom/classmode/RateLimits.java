package org.ganclassroom.classmode;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests allowed per key and time window (a fixed-window counter). Keys are chosen by the server: the
 * student's token for their own requests (so thirty phones behind one school router are not one client),
 * the sender's address for joins (so a join code cannot be guessed by brute force: at 120 tries a minute,
 * 244 million codes take centuries).
 */
final class RateLimits {

    /** More keys than any class has: beyond it the table is simply cleared, never grown without bound. */
    private static final int MAX_KEYS = 10_000;

    private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>();

    /** True if one more request under {@code key} fits {@code max} per {@code windowNanos}; counts it. */
    boolean allow(String key, int max, long windowNanos, long now) {
        if (windows.size() > MAX_KEYS) {
            windows.clear();
        }
        long[] window = windows.computeIfAbsent(key, k -> new long[] {now, 0});
        synchronized (window) {
            if (now - window[0] >= windowNanos) {
                window[0] = now;
                window[1] = 0;
            }
            window[1]++;
            return window[1] <= max;
        }
    }
}
