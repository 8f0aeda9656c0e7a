package org.bangtin.cli;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The jar's entry point, compiled for Java 8 so that an older Java than bangtin needs can load it
 * and say so: loading {@link Main} there fails with "UnsupportedClassVersionError ... class file
 * version 61.0", which tells an IT officer little. On Java 17 or newer it runs {@link Main}.
 */
public final class Entry {
    static final int REQUIRED = 17;

    private Entry() {
    }

    public static void main(String[] args) throws Throwable {
        String refusal = refusal(System.getProperty("java.specification.version"), System.getProperty("java.home"));
        if (refusal != null) {
            System.err.println(refusal);
            System.exit(2);
        }
        // A method handle, not reflection: what Main throws reaches the JVM as it is, unwrapped.
        MethodHandle main = MethodHandles.lookup().findStatic(Class.forName("org.bangtin.cli.Main"), "main",
                MethodType.methodType(void.class, String[].class));
        main.invokeExact(args);
    }

    /**
     * Why bangtin cannot run on the Java of specification version {@code version} ("1.8", "11",
     * "17") found at {@code home}, or null when it can.
     */
    static String refusal(String version, String home) {
        String major = version.startsWith("1.") ? version.substring(2) : version;
        int dot = major.indexOf('.');
        try {
            if (Integer.parseInt(dot < 0 ? major : major.substring(0, dot)) >= REQUIRED) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null; // a version we cannot read: let the JVM itself decide
        }
        return "bangtin: needs Java " + REQUIRED + " or newer, and this is Java " + major + " (" + home + ");"
                + " install Java " + REQUIRED + " or newer and set JAVA_HOME to it";
    }
}
