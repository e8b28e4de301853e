package dev.lectern.write;

import java.io.IOException;

/** Where rendered files go. Implementations accept files from several threads at once. */
public interface OutputSink {

    void write(OutputFile file) throws IOException;
}
