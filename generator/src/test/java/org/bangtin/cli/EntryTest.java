package org.bangtin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The jar's entry point: which Java versions it refuses, and what it tells the user then. */
class EntryTest {
    @Test
    void refusesJavaBefore17NamingTheVersionAndWhereItIs() {
        assertEquals("bangtin: needs Java 17 or newer, and this is Java 8 (/usr/lib/jvm/java-8/jre); install Java 17"
                + " or newer and set JAVA_HOME to it", Entry.refusal("1.8", "/usr/lib/jvm/java-8/jre"));
        assertEquals("bangtin: needs Java 17 or newer, and this is Java 11 (/opt/jdk-11); install Java 17"
                + " or newer and set JAVA_HOME to it", Entry.refusal("11", "/opt/jdk-11"));
    }

    @Test
    void runsOnJava17AndNewer() {
        assertNull(Entry.refusal("17", "/opt/jdk-17"));
        assertNull(Entry.refusal("25", "/opt/jdk-25"));
        assertNull(Entry.refusal("17.0.2", "/opt/jdk")); // not a specification version, but read alike
    }

    @Test
    void leavesAVersionItCannotReadToTheJvm() {
        assertNull(Entry.refusal("experimental", "/opt/jdk"));
    }
}
