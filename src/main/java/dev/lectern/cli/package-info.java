/** The command line: picocli commands that parse arguments, call the build and set the exit code. */
package dev.lectern.cli;
