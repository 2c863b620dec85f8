package org.ganclassroom.cli;

import org.ganclassroom.gan.Preset;
import org.ganclassroom.text.Messages;

/** Names on the command line (presets, shipped datasets): an unknown one is a usage error listing the known ones. */
final class Presets {

    private Presets() {
    }

    /** A shipped dataset name (mnist, fashion): judges and quizzes need their labelled test images. */
    static String requireShippedDataset(String option, String name) {
        if (!org.ganclassroom.data.Datasets.SHIPPED.contains(name)) {
            throw new UsageException(Messages.get("cli.notShippedDataset", option,
                    String.join(", ", org.ganclassroom.data.Datasets.SHIPPED), name));
        }
        return name;
    }

    static Preset require(String name) {
        return Preset.byName(name).orElseThrow(() -> new UsageException(Messages.get("cli.unknownPreset", name,
                String.join(", ", Preset.names()))));
    }
}
