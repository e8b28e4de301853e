package dev.lectern.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * The one place where unexpected exceptions end: a short message on stderr and exit code 1; the stack trace only
 * with {@code --debug}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean debug = false;
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            debug |= p.hasMatchedOption("--debug");
        }
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String what = cause instanceof IOException ? "file system error" : "internal error";
        cli.getErr().println("lectern: " + what + ": " + cause.getMessage());
        if (debug) {
            cause.printStackTrace(cli.getErr());
        } else {
            cli.getErr().println("  run again with --debug to see the stack trace"
                    + (cause instanceof IOException ? "" : ", and please report it"));
        }
        return 1;
    }
}
