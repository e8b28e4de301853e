package dev.lectern.build;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * Big-endian numbers and byte strings to and from a stream, through a buffer of its own. {@code DataOutputStream}
 * over a {@code BufferedOutputStream} takes a lock for every byte; the page cache of 100,000 papers holds about 25
 * million numbers.
 */
final class Binary {

    private static final int BUFFER = 1 << 16;

    private Binary() {
    }

    /** Writes into a stream; {@link #flush} at the end. */
    static final class Out {
        private final OutputStream out;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);

        Out(OutputStream out) {
            this.out = out;
        }

        void writeInt(int v) throws IOException {
            room(4);
            buffer.putInt(v);
        }

        void writeLong(long v) throws IOException {
            room(8);
            buffer.putLong(v);
        }

        void writeBoolean(boolean v) throws IOException {
            room(1);
            buffer.put((byte) (v ? 1 : 0));
        }

        /** The length, then the bytes. */
        void writeBytes(byte[] bytes) throws IOException {
            writeInt(bytes.length);
            if (bytes.length > buffer.remaining()) {
                flush();
                out.write(bytes);
            } else {
                buffer.put(bytes);
            }
        }

        private void room(int n) throws IOException {
            if (buffer.remaining() < n) {
                flush();
            }
        }

        void flush() throws IOException {
            out.write(buffer.array(), 0, buffer.position());
            buffer.clear();
            out.flush();
        }
    }

    /** Reads from a stream; an end before the data it asks for is an {@link EOFException}. */
    static final class In {
        private final InputStream in;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);

        In(InputStream in) {
            this.in = in;
            buffer.flip();
        }

        int readInt() throws IOException {
            need(4);
            return buffer.getInt();
        }

        long readLong() throws IOException {
            need(8);
            return buffer.getLong();
        }

        boolean readBoolean() throws IOException {
            need(1);
            byte b = buffer.get();
            if (b != 0 && b != 1) {
                throw new IOException("not a boolean: " + b);
            }
            return b == 1;
        }

        /** A length, then that many bytes; {@code max} bounds the length, against damaged files. */
        byte[] readBytes(int max) throws IOException {
            int n = readInt();
            if (n < 0 || n > max) {
                throw new IOException("damaged: a length of " + n);
            }
            byte[] bytes = new byte[n];
            int from = Math.min(n, buffer.remaining());
            buffer.get(bytes, 0, from);
            while (from < n) {
                int read = in.read(bytes, from, n - from);
                if (read < 0) {
                    throw new EOFException();
                }
                from += read;
            }
            return bytes;
        }

        /** Whether the stream has ended. */
        boolean atEnd() throws IOException {
            return !buffer.hasRemaining() && !fill();
        }

        private void need(int n) throws IOException {
            while (buffer.remaining() < n) {
                if (!fill()) {
                    throw new EOFException();
                }
            }
        }

        private boolean fill() throws IOException {
            buffer.compact();
            try {
                int read = in.read(buffer.array(), buffer.position(), buffer.remaining());
                if (read > 0) {
                    buffer.position(buffer.position() + read);
                }
                return read > 0;
            } finally {
                buffer.flip();
            }
        }
    }
}
