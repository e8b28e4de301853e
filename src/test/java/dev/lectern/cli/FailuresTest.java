package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Whatever escapes a command ends in one place: a message with the file and what to do, exit 1, no stack trace. */
class FailuresTest {

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        private final Exception toThrow;

        @Option(names = "--debug")
        boolean debug;

        Failing(Exception toThrow) {
            this.toThrow = toThrow;
        }

        @Override
        public Integer call() throws Exception {
            throw toThrow;
        }
    }

    private record Run(int exitCode, String stderr) {
    }

    private static Run run(Exception e, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Failing(e));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler(new Failures());
        int code = cli.execute(args);
        return new Run(code, err.toString());
    }

    @Test
    void aFileSystemFailureNamesTheFileAndTheReasonInWords() {
        Run run = run(new AccessDeniedException("/site/_site/.lectern/lock"));
        assertEquals(1, run.exitCode());
        assertTrue(run.stderr().startsWith("/site/_site/.lectern/lock: error: cannot read or write this file or folder: "
                + "permission denied"), run.stderr());
        assertTrue(run.stderr().contains("hint:"), run.stderr());
        assertFalse(run.stderr().contains("\tat "), run.stderr());
    }

    @Test
    void aFailureWithAnOperatingSystemReasonKeepsThatReason() {
        Run run = run(new FileSystemException("/site/_site/index.html", null, "No space left on device"));
        assertTrue(run.stderr().contains("/site/_site/index.html: error: cannot read or write this file or folder: "
                + "no space left on device"), run.stderr());
    }

    @Test
    void aBugIsAnInternalErrorInOneLineAskingForAReport() {
        Run run = run(new IllegalStateException("two files for one path: index.html"));
        assertEquals(1, run.exitCode());
        assertTrue(run.stderr().startsWith("lectern: internal error: IllegalStateException: two files for one path"),
                run.stderr());
        assertTrue(run.stderr().contains("please report it"), run.stderr());
        assertFalse(run.stderr().contains("\tat "), run.stderr());
    }

    @Test
    void debugAddsTheStackTrace() {
        Run run = run(new IllegalStateException("boom"), "--debug");
        assertEquals(1, run.exitCode());
        assertTrue(run.stderr().contains("\tat "), run.stderr());
    }
}
