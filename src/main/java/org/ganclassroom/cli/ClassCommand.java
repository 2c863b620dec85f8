package org.ganclassroom.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ganclassroom.classmode.ClassServer;
import org.ganclassroom.classmode.ClassSession;
import org.ganclassroom.classmode.ClassStore;
import org.ganclassroom.classmode.CourseChecks;
import org.ganclassroom.classmode.QrCodes;
import org.ganclassroom.classmode.RoomCheck;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.CourseLoader;
import org.ganclassroom.lesson.LessonsFolder;
import org.ganclassroom.lesson.Translations;
import org.ganclassroom.settings.InstructorSettings;
import org.ganclassroom.settings.UserDataFolder;
import org.ganclassroom.storage.AtomicFiles;
import org.ganclassroom.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code class}: runs class mode without a window. Students open the printed address on their phones; the
 * instructor types commands here (send, reveal, tally, results, end). The session is saved in {@code --out}
 * after every change, and started again from there, so a closed terminal loses nothing.
 */
@Command(name = "class", mixinStandardHelpOptions = true)
public final class ClassCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Where the top-level --lang is, if given. */
    @picocli.CommandLine.ParentCommand
    private GanClassroomCommand parent;

    @Option(names = "--port", defaultValue = "8765", paramLabel = "P")
    private int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", paramLabel = "ADDRESS")
    private String host;

    @Option(names = "--code", paramLabel = "CODE")
    private String code;

    @Option(names = "--lessons", paramLabel = "DIR")
    private Path lessons;

    @Option(names = "--out", defaultValue = "class-session", paramLabel = "DIR")
    private Path out;

    @Option(names = "--new")
    private boolean startNew;

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65_535) {
            throw new UsageException(Messages.get("cli.class.port"));
        }
        PrintWriter say = spec.commandLine().getOut();
        Course course;
        Path folder = courseFolder(LessonsFolder.locate(lessons), courseLanguage(parent == null ? null
                : parent.languageOption(), InstructorSettings.load(UserDataFolder.locate())));
        try {
            course = new CourseLoader().load(folder);
        } catch (CourseLoader.FolderException missing) {
            throw new UsageException(missing.getMessage());
        }
        // True and False in the course's language, as the phones see them beside its statements
        String words = Translations.languageOf(folder);
        List<RoomCheck> checks = CourseChecks.of(course, Messages.in(words, "cli.class.true"),
                Messages.in(words, "cli.class.false"));
        ClassStore store = new ClassStore(out);
        Runnable nothing = () -> { }; // the store journals every change once open
        ClassStore.Resumed saved = store.resume(nothing);
        saved.setAsideAs().ifPresent(kept -> say.println(Messages.get("cli.class.setAside", store.file(),
                saved.why(), kept)));
        ClassSession session = saved.session().orElse(null);
        if (startNew && session != null) { // next week's class: last week's put away, its results kept
            Path results = store.archive(session).orElseThrow();
            say.println(Messages.get("cli.class.archived", results.getParent(), results.getFileName()));
            session = null;
        }
        if (session != null && code != null && !session.joinCode().equalsIgnoreCase(code)) {
            throw new UsageException(Messages.get("cli.class.otherCode", store.file(), session.joinCode()));
        }
        boolean resumed = session != null;
        if (session == null) {
            try {
                session = code == null ? ClassSession.start(nothing) : ClassSession.withCode(code, nothing);
            } catch (IllegalArgumentException badCode) {
                throw new UsageException("--code: " + badCode.getMessage());
            }
        }
        requireLocalAddress(host);
        try {
            store.open(session);
        } catch (IOException unwritable) { // refused now, not a class that never saves and says it did
            throw new UsageException(Messages.get("cli.class.outUnwritable", out.toAbsolutePath(),
                    ErrorText.of(unwritable)));
        }
        try (store; ClassServer server = new ClassServer(session, words)) { // the phones speak the course's language
            int bound = listen(server, say);
            say.println(resumed
                    ? Messages.get("cli.class.resumed", store.file(), Messages.count("cli.class.students",
                            session.students().size()), Messages.count("cli.class.checksSent", session.checkCount()))
                    : Messages.get("cli.class.started", Messages.count("cli.class.students", session.students().size()),
                            Messages.count("cli.class.checksSent", session.checkCount())));
            say.println(Messages.get("cli.class.joinCode", session.joinCode()));
            List<String> addresses = "0.0.0.0".equals(host) ? ClassServer.lanAddresses() : List.of(host);
            for (String address : addresses) {
                say.println(Messages.get("cli.class.studentsOpen",
                        "http://" + address + ":" + bound + "/?code=" + session.joinCode()));
            }
            if (!addresses.isEmpty()) {
                // phones join by pointing their camera at it
                say.print(QrCodes.terminal("http://" + addresses.get(0) + ":" + bound + "/?code=" + session.joinCode()));
            }
            if (addresses.isEmpty()) {
                say.println(Messages.get("cli.class.noNetwork", "http://127.0.0.1:" + bound + "/"));
            }
            say.println(Messages.get("cli.class.howTo", checks.size()));
            say.flush();
            commands(session, checks, say);
        }
        say.println(Messages.get("cli.class.ended", store.file()));
        say.flush();
        return 0;
    }

    /**
     * The language of the course the phones get: the one --lang names (English for a malformed code, as the
     * command line's own words), else the one the instructor chose in Settings, else the computer's, as the
     * window picks it, so a class started here asks what the window shows.
     *
     * @param option the top-level --lang as typed, or null
     */
    static String courseLanguage(String option, InstructorSettings settings) {
        if (option == null) {
            return settings.effectiveLanguage();
        }
        String code = option.strip().toLowerCase(Locale.ROOT);
        return code.matches("[a-z]{2}") ? code : "en";
    }

    /**
     * The course in {@code language}, as the window picks it: the translation's folder where the course has one,
     * else the course itself; a translation's folder given as --lessons is taken as it is.
     */
    static Path courseFolder(Path given, String language) {
        return Translations.isTranslation(given) ? given : Translations.folderFor(given, language);
    }

    /** The class's port: --port as given, else the default or, if it is busy, the next free one (said). */
    private int listen(ClassServer server, PrintWriter say) {
        boolean exact = spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption("--port");
        for (int tried = port; ; tried++) {
            try {
                if (port != 0 && !free(host, tried)) { // asked first: Javalin logs an ERROR on a busy port
                    throw new IllegalStateException(new java.net.BindException("port " + tried + " in use"));
                }
                int bound = server.start(host, tried);
                if (tried != port) {
                    say.println(Messages.get("cli.class.portBusyUsing", port, bound));
                }
                return bound;
            } catch (RuntimeException failed) {
                if (!(rootCause(failed) instanceof java.net.BindException) || port == 0) {
                    throw failed;
                }
                server.close();
                if (exact || tried >= port + PORTS_TRIED || tried >= 65_535) {
                    throw new UsageException(Messages.get(exact ? "cli.class.portBusy" : "cli.class.noFreePort",
                            port, tried));
                }
            }
        }
    }

    private static boolean free(String host, int port) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true); // as Jetty binds: a port in TIME_WAIT is free for it too
            probe.bind(new java.net.InetSocketAddress(host, port));
            return true;
        } catch (IOException busy) {
            return false;
        }
    }

    /** Ports after the default tried when it is busy (another app, or a class already running). */
    private static final int PORTS_TRIED = 20;

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** --host must be one of this computer's addresses (or all of them): said now, not as "a bug" after. */
    private static void requireLocalAddress(String host) {
        try {
            java.net.InetAddress address = java.net.InetAddress.getByName(host);
            if (address.isAnyLocalAddress() || address.isLoopbackAddress()
                    || java.net.NetworkInterface.getByInetAddress(address) != null) {
                return;
            }
        } catch (IOException unknown) {
            // said below
        }
        throw new UsageException(Messages.get("cli.class.unknownHost", host));
    }

    private static void commands(ClassSession session, List<RoomCheck> checks, PrintWriter say) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.strip().split("\\s+", 2);
            String command = words[0].toLowerCase(Locale.ROOT);
            switch (command) {
                case "" -> { }
                case "checks" -> {
                    for (int i = 0; i < checks.size(); i++) {
                        say.printf("%3d  %s: %s%n", i + 1, checks.get(i).source(), checks.get(i).prompt());
                    }
                }
                case "send" -> {
                    int n = number(words, checks.size(), say);
                    if (n > 0) {
                        session.send(checks.get(n - 1));
                        say.println(Messages.get("cli.class.sent", session.checkCount(), checks.get(n - 1).prompt()));
                    }
                }
                case "reveal" -> {
                    session.reveal();
                    tally(session, say);
                }
                case "tally" -> tally(session, say);
                case "results" -> {
                    if (words.length < 2) {
                        say.println(Messages.get("cli.class.resultsNeedsFile"));
                    } else {
                        String file = words[1].strip();
                        try {
                            AtomicFiles.writeString(Path.of(file), ClassStore.csv(session));
                            say.println(Messages.get("cli.class.wrote", file));
                        } catch (IOException | java.nio.file.InvalidPathException failed) { // the class goes on
                            say.println(Messages.get("cli.class.couldNotWrite", file, failed.getMessage()));
                        }
                    }
                }
                case "students" -> {
                    List<ClassSession.Student> students = session.students();
                    say.println(Messages.count("cli.class.students", students.size())
                            + (session.doorsClosed() ? Messages.get("cli.class.doorsAreClosed") : ""));
                    students.forEach(student -> say.println("  " + student.nickname()));
                    session.waitingRejoins().forEach(r -> say.println(Messages.get("cli.class.asksToRejoin",
                            r.student().nickname())));
                }
                case "approve", "refuse" -> {
                    String name = words.length < 2 ? "" : words[1].strip();
                    Optional<ClassSession.Rejoin> asked = session.waitingRejoins().stream()
                            .filter(r -> r.student().nickname().equalsIgnoreCase(name)).findFirst();
                    asked.ifPresent(r -> session.answerRejoin(r.id(), command.equals("approve")));
                    say.println(asked.isEmpty() ? Messages.get("cli.class.noRejoin", name)
                            : Messages.get(command.equals("approve") ? "cli.class.approved" : "cli.class.refused", name));
                }
                case "remove" -> {
                    String name = words.length < 2 ? "" : words[1].strip();
                    say.println(session.remove(name) ? Messages.get("cli.class.removed", name)
                            : Messages.get("cli.class.noSuchStudent", name));
                }
                case "rename" -> {
                    String[] names = words.length < 2 ? new String[0] : words[1].split("=", 2);
                    if (names.length < 2) {
                        say.println(Messages.get("cli.class.renameHow"));
                    } else {
                        try {
                            say.println(session.rename(names[0].strip(), names[1].strip())
                                    ? Messages.get("cli.class.renamed", names[0].strip(), names[1].strip())
                                    : Messages.get("cli.class.noSuchStudent", names[0].strip()));
                        } catch (ClassSession.Refused refused) {
                            say.println(refused.getMessage());
                        }
                    }
                }
                case "doors" -> {
                    String how = words.length < 2 ? "" : words[1].strip().toLowerCase(Locale.ROOT);
                    if (how.equals("close") || how.equals("open")) {
                        session.closeDoors(how.equals("close"));
                        say.println(Messages.get(how.equals("close") ? "cli.class.doorsClosed" : "cli.class.doorsOpen"));
                    } else {
                        say.println(Messages.get("cli.class.doorsHow"));
                    }
                }
                case "end", "quit", "exit" -> {
                    return;
                }
                default -> say.println(Messages.get("cli.class.commands"));
            }
            say.flush();
        }
    }

    private static int number(String[] words, int max, PrintWriter say) {
        try {
            int n = Integer.parseInt(words.length < 2 ? "" : words[1].strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        say.println(Messages.get("cli.class.sendNeedsNumber", max));
        return 0;
    }

    /** "21 of 28 answered: True 64%, False 36%" ("Vrai 64 %" in French), and the right answer once revealed. */
    private static void tally(ClassSession session, PrintWriter say) {
        if (session.checkCount() == 0) {
            say.println(Messages.get("cli.class.noCheckYet"));
            return;
        }
        ClassSession.Tally t = session.tally(session.checkCount());
        StringBuilder line = new StringBuilder(Messages.count("cli.class.answered", t.answered(),
                Messages.number(t.answered()), Messages.number(t.joined())));
        for (int c = 0; c < t.counts().length; c++) {
            long share = t.answered() == 0 ? 0 : Math.round(100.0 * t.counts()[c] / t.answered());
            line.append(c == 0 ? " " : ", ").append(Messages.get("cli.class.choiceShare", t.check().choices().get(c), share));
        }
        if (t.revealed()) {
            line.append(Messages.get("cli.class.rightAnswer", t.check().choices().get(t.check().correctIndex()),
                    Math.round(100 * t.rightShare()), t.check().explanation()));
        }
        say.println(line);
    }
}
