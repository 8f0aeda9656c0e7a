package org.bangtin.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A fault in bangtin itself (not in the user's content): one line, and the stack trace only with
 * {@code --verbose}.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
        boolean verbose = parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
        commandLine.getErr().println("bangtin: internal error: " + e);
        if (verbose) {
            e.printStackTrace(commandLine.getErr());
        } else {
            commandLine.getErr().println("Run again with --verbose for details, and report it with them.");
        }
        commandLine.getErr().flush();
        return 1;
    }
}
