package org.ganclassroom.data;

import java.util.HashMap;
import java.util.Map;

/**
 * Training images read once per session: switching the dock between digits and clothes and back must not
 * decode 60,000 images again (seconds on a 2-core laptop). Thread-safe; a dataset that fails to load is
 * not remembered, so fixing the folder and choosing it again works.
 */
public final class DatasetCache {

    private final Datasets datasets;
    private final Map<String, ImageSet> loaded = new HashMap<>();

    public DatasetCache(Datasets datasets) {
        this.datasets = datasets;
    }

    /** The training images of "mnist", "fashion" or a folder's path. */
    public ImageSet get(String spec) throws DatasetException {
        synchronized (loaded) {
            ImageSet cached = loaded.get(spec);
            if (cached == null) {
                cached = datasets.training(spec);
                loaded.put(spec, cached);
            }
            return cached;
        }
    }
}
