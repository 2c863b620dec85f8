package org.ganclassroom.cli;

import org.ganclassroom.gan.Preset;

/** Preset names on the command line: an unknown one is a usage error listing the known ones. */
final class Presets {

    private Presets() {
    }

    static Preset require(String name) {
        return Preset.byName(name).orElseThrow(() -> new UsageException("unknown preset '" + name + "': use one of "
                + String.join(", ", Preset.names())));
    }
}
