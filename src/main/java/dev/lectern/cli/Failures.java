package dev.lectern.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The one place where unexpected exceptions end: a message in the {@code file: error: what} form with a hint on
 * stderr, and exit code 1; the stack trace only with {@code --debug}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean debug = false;
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            debug |= p.hasMatchedOption("--debug");
        }
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        PrintWriter err = cli.getErr();
        if (cause instanceof IOException io) {
            err.println(describe(io));
            err.println("  hint: check the file's permissions and the free disk space; a build that fails while "
                    + "writing leaves the previous site in the output folder as it was");
        } else {
            err.println("lectern: internal error: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
        if (debug) {
            cause.printStackTrace(err);
        } else {
            err.println("  run again with --debug to see the stack trace"
                    + (cause instanceof IOException ? "" : ", and please report it"));
        }
        err.flush();
        return 1;
    }

    /** {@code file: error: cannot ...: reason}, with the reason in words rather than an exception's name. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String reason;
            if (e instanceof AccessDeniedException) {
                reason = "permission denied";
            } else if (e instanceof NoSuchFileException) {
                reason = "no such file or folder";
            } else if (e instanceof FileAlreadyExistsException) {
                reason = "a file is in the way";
            } else if (e instanceof NotDirectoryException) {
                reason = "not a folder";
            } else if (e instanceof DirectoryNotEmptyException) {
                reason = "the folder is not empty";
            } else {
                reason = f.getReason() == null ? "file system error" : f.getReason().toLowerCase(Locale.ROOT);
            }
            String other = f.getOtherFile() == null ? "" : " (moving it to " + f.getOtherFile() + ")";
            return f.getFile() + ": error: cannot read or write this file or folder" + other + ": " + reason;
        }
        return "lectern: error: file system error: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage());
    }
}
