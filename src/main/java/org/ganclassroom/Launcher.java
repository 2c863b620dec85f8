package org.ganclassroom;

import org.ganclassroom.cli.GanClassroomCommand;

/**
 * Entry point of {@code gan-classroom.jar}. With no arguments it opens the window; with a subcommand
 * ({@code check-lessons}, ...) it runs that without loading JavaFX. It deliberately does not extend
 * {@code javafx.application.Application}: a main class that does makes the JDK's launcher demand the
 * JavaFX modules on the module path, which a plain {@code java -jar} with a class path does not give.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int exitCode = GanClassroomCommand.commandLine(args).execute(args);
        // DL4J and JavaFX leave non-daemon threads behind; the exit code is the whole answer.
        System.exit(exitCode);
    }
}
