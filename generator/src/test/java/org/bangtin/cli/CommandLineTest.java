package org.bangtin.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** What tests of the command line share: running it as a user would, and what it printed. */
abstract class CommandLineTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code bangtin args...}; returns the exit code. */
    int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }
}
