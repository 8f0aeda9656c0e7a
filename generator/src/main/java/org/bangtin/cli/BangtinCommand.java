package org.bangtin.cli;

import picocli.CommandLine.Command;

/** The top command: only lists the sub-commands. */
@Command(name = "bangtin",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Builds a static news site of public announcements from a folder of Markdown notices.",
            "",
            "Exit codes: 0 success, 1 errors in the content, settings or templates, 2 wrong usage."
        },
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, ImportCommand.class,
            picocli.CommandLine.HelpCommand.class})
final class BangtinCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a command, such as 'build'");
    }
}
