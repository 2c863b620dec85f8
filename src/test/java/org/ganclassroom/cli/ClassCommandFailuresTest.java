package org.ganclassroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The instructor's commands never end the class, and what cannot work is said in a sentence at the start: a
 * results file that cannot be written, an --out that cannot be written, a busy port, an address this computer
 * does not have (each ended with exit 70, "this is a bug", or a class that never saved). And a damaged saved
 * class or last week's class does not stand in the way of a new one.
 */
class ClassCommandFailuresTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int classWith(String input, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            String[] all = new String[args.length + 1];
            all[0] = "class";
            System.arraycopy(args, 0, all, 1, args.length);
            CommandLine commandLine = GanClassroomCommand.commandLine(all);
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            return commandLine.execute(all);
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void aResultsFileThatCannotBeWrittenIsSaidAndTheClassGoesOn() throws Exception {
        Path nowhere = Files.writeString(dir.resolve("a-file"), "not a folder").resolve("answers.csv");
        assertEquals(0, classWith("send 1\nresults " + nowhere + "\nresults " + dir.resolve("ok.csv") + "\nend\n",
                "--host", "127.0.0.1", "--port", "0", "--out", dir.resolve("class").toString()), err::toString);
        assertTrue(out.toString().contains("Could not write " + nowhere), out.toString());
        assertTrue(out.toString().contains("Wrote " + dir.resolve("ok.csv")), "the class went on: " + out);
        assertTrue(Files.exists(dir.resolve("ok.csv")));
    }

    @Test
    void anOutThatCannotBeWrittenIsRefusedAtTheStart() throws Exception {
        Path aFile = Files.writeString(dir.resolve("a-file"), "not a folder");
        int exit = classWith("end\n", "--host", "127.0.0.1", "--port", "0", "--out", aFile.resolve("class").toString());
        assertEquals(2, exit, "a usage error, not a class that never saves: " + out + err);
        assertTrue(err.toString().contains("cannot be written"), err.toString());
    }

    @Test
    void aBusyPortIsSaidOrTheNextFreeOneTaken() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            int port = busy.getLocalPort();
            int exit = classWith("end\n", "--host", "127.0.0.1", "--port", String.valueOf(port),
                    "--out", dir.resolve("exact").toString());
            assertEquals(2, exit, out + " / " + err);
            assertTrue(err.toString().contains("Port " + port + " is in use"), err.toString());
        }
    }

    @Test
    void anAddressThisComputerDoesNotHaveIsSaid() {
        int exit = classWith("end\n", "--host", "192.0.2.77", "--port", "0", "--out", dir.resolve("c").toString());
        assertEquals(2, exit, out + " / " + err);
        assertTrue(err.toString().contains("192.0.2.77 is not an address of this computer"), err.toString());
    }

    @Test
    void newStartsNextWeeksClassAndADamagedOneIsSetAsideWithASentence() throws Exception {
        Path folder = dir.resolve("class");
        assertEquals(0, classWith("end\n", "--host", "127.0.0.1", "--port", "0", "--out", folder.toString(),
                "--code", "ACE777"), err::toString);
        out.getBuffer().setLength(0);
        assertEquals(0, classWith("end\n", "--host", "127.0.0.1", "--port", "0", "--out", folder.toString(),
                "--new"), err::toString);
        assertTrue(out.toString().contains("The last class is put away"), out.toString());
        assertTrue(!out.toString().contains("ACE777"), "a new code: " + out);

        Files.writeString(folder.resolve("class-session.yaml"), "joinCode: [unclosed");
        out.getBuffer().setLength(0);
        assertEquals(0, classWith("end\n", "--host", "127.0.0.1", "--port", "0", "--out", folder.toString()),
                err::toString);
        assertTrue(out.toString().contains("could not be read") && out.toString().contains("class-session.yaml.broken-"),
                "where the damaged file went: " + out);
        assertTrue(out.toString().contains("Class started"), "and a new class started: " + out);
    }

    @Test
    void theInstructorManagesTheRosterFromTheCommandLine() throws Exception {
        Path folder = dir.resolve("roster");
        org.ganclassroom.classmode.ClassStore store = new org.ganclassroom.classmode.ClassStore(folder);
        org.ganclassroom.classmode.ClassSession session = org.ganclassroom.classmode.ClassSession.withCode("ACE777",
                () -> { });
        store.open(session);
        session.join("ACE777", "Ada");
        session.join("ACE777", "xXbotXx");
        store.close();
        assertEquals(0, classWith("students\nremove xXbotXx\nrename Ada = Ada L.\ndoors close\nstudents\nremove Zed\nend\n",
                "--host", "127.0.0.1", "--port", "0", "--out", folder.toString()), err::toString);
        String said = out.toString();
        assertTrue(said.contains("2 students"), said);
        assertTrue(said.contains("xXbotXx is out of the class"), said);
        assertTrue(said.contains("Ada is now called “Ada L.”."), said);
        assertTrue(said.contains("1 student (doors closed"), said);
        assertTrue(said.contains("Nobody in this class is called Zed"), said);
    }
}
