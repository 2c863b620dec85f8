package org.ganclassroom.gan;

import java.util.ArrayList;
import java.util.List;

/**
 * The published sample grids of a run, for scrubbing back through training and the "watch it learn"
 * GIF, in bounded memory: when full, every second grid is dropped (the first and the newest always stay),
 * so the timeline covers the whole run at a coarser spacing. Thread-safe.
 */
public final class GridTimeline {

    private final int capacity;
    private final List<SampleGrid> grids = new ArrayList<>();

    public GridTimeline(int capacity) {
        if (capacity < 3) {
            throw new IllegalArgumentException("capacity must be at least 3");
        }
        this.capacity = capacity;
    }

    /** Adds a grid unless it is the one already newest (same step). */
    public synchronized void add(SampleGrid grid) {
        if (!grids.isEmpty() && grids.get(grids.size() - 1).step() == grid.step()) {
            grids.set(grids.size() - 1, grid);
            return;
        }
        grids.add(grid);
        if (grids.size() > capacity) {
            List<SampleGrid> thinned = new ArrayList<>();
            for (int i = 0; i < grids.size(); i++) {
                if (i % 2 == 0 || i == grids.size() - 1) {
                    thinned.add(grids.get(i));
                }
            }
            grids.clear();
            grids.addAll(thinned);
        }
    }

    /** Starts again from a saved run's grids, oldest first (a loaded checkpoint). */
    public synchronized void restore(List<SampleGrid> saved) {
        grids.clear();
        saved.forEach(this::add);
    }

    public synchronized void clear() {
        grids.clear();
    }

    public synchronized List<SampleGrid> grids() {
        return List.copyOf(grids);
    }

    public synchronized int size() {
        return grids.size();
    }
}
