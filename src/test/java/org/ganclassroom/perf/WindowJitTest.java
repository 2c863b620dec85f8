package org.ganclassroom.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class WindowJitTest {

    @Test
    void theDirectiveReachesHotSpotAndKeepsJavaFxAndTheJudgeOffC2() throws Exception {
        assertEquals(Optional.empty(), WindowJit.keepWindowCodeOffC2());
        String directives = String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
        assertTrue(directives.contains("javafx/*.*") && directives.contains("org/nd4j/*.*"), directives);
        int c2 = directives.indexOf("c2 directives:", directives.indexOf("javafx/*.*"));
        assertTrue(c2 > 0 && directives.substring(c2, c2 + 200).contains("Exclude:true"), directives);
    }
}
