package dev.lectern.build;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

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

        /** A number of at least 0 in one to five bytes, seven bits each, low first: small numbers take one. */
        void writeVarInt(int v) throws IOException {
            if (v < 0) {
                throw new IllegalArgumentException("not a count: " + v);
            }
            room(5);
            while (v >= 0x80) {
                buffer.put((byte) (v | 0x80));
                v >>>= 7;
            }
            buffer.put((byte) v);
        }

        void writeBoolean(boolean v) throws IOException {
            room(1);
            buffer.put((byte) (v ? 1 : 0));
        }

        /** The length, then the bytes. */
        void writeBytes(byte[] bytes) throws IOException {
            writeVarInt(bytes.length);
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

        /** A number {@link Out#writeVarInt} wrote. */
        int readVarInt() throws IOException {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                need(1);
                byte b = buffer.get();
                v |= (b & 0x7f) << shift;
                if (b >= 0) {
                    if (v < 0) {
                        throw new IOException("damaged: a number out of range");
                    }
                    return v;
                }
            }
            throw new IOException("damaged: a number of more than five bytes");
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
            int n = readVarInt();
            if (n < 0 || n > max) {
                throw new IOException("damaged: a length of " + n);
            }
            int from = Math.min(n, buffer.remaining());
            byte[] head = new byte[from];
            buffer.get(head);
            if (from == n) {
                return head;
            }
            // the rest as it arrives, so that a damaged length does not allocate what the stream does not hold
            byte[] rest = in.readNBytes(n - from);
            if (rest.length < n - from) {
                throw new EOFException();
            }
            byte[] bytes = Arrays.copyOf(head, n);
            System.arraycopy(rest, 0, bytes, from, rest.length);
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
