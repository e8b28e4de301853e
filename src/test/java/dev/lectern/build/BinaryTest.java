package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BinaryTest {

    @Test
    void whatIsWrittenIsReadBackAcrossManyBuffers() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Binary.Out out = new Binary.Out(bytes);
        byte[] big = new byte[200_000];
        Arrays.fill(big, (byte) 7);
        for (int i = 0; i < 50_000; i++) {
            out.writeInt(i * 31 - 5);
            out.writeLong(-i * 1_000_000_007L);
            out.writeBoolean(i % 3 == 0);
            if (i % 10_000 == 0) {
                out.writeBytes(big);
            }
            out.writeBytes(("s" + i).getBytes());
        }
        out.flush();
        Binary.In in = new Binary.In(new ByteArrayInputStream(bytes.toByteArray()));
        for (int i = 0; i < 50_000; i++) {
            assertEquals(i * 31 - 5, in.readInt());
            assertEquals(-i * 1_000_000_007L, in.readLong());
            assertEquals(i % 3 == 0, in.readBoolean());
            if (i % 10_000 == 0) {
                assertArrayEquals(big, in.readBytes(1 << 20));
            }
            assertEquals("s" + i, new String(in.readBytes(100)));
        }
        assertTrue(in.atEnd());
    }

    @Test
    void variableLengthNumbersTakeOneByteBelow128AndRoundTripToTheLargest() throws IOException {
        int[] values = {0, 1, 127, 128, 300, 16_383, 16_384, 1 << 21, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Binary.Out out = new Binary.Out(bytes);
        for (int v : values) {
            out.writeVarInt(v);
        }
        out.flush();
        assertEquals(1 + 1 + 1 + 2 + 2 + 2 + 3 + 4 + 5 + 5, bytes.size());
        Binary.In in = new Binary.In(new ByteArrayInputStream(bytes.toByteArray()));
        for (int v : values) {
            assertEquals(v, in.readVarInt());
        }
        assertTrue(in.atEnd());
        assertThrows(IllegalArgumentException.class, () -> out.writeVarInt(-1), "only counts and indexes");
        byte[] endless = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 1};
        assertThrows(IOException.class, () -> new Binary.In(new ByteArrayInputStream(endless)).readVarInt());
        byte[] negative = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f};
        assertThrows(IOException.class, () -> new Binary.In(new ByteArrayInputStream(negative)).readVarInt());
    }

    @Test
    void aShortOrDamagedStreamFailsInsteadOfInventingData() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Binary.Out out = new Binary.Out(bytes);
        out.writeLong(42);
        out.writeBytes(new byte[10]);
        out.flush();
        byte[] all = bytes.toByteArray();
        Binary.In cut = new Binary.In(new ByteArrayInputStream(Arrays.copyOf(all, 5)));
        assertThrows(EOFException.class, cut::readLong);
        Binary.In shortBytes = new Binary.In(new ByteArrayInputStream(Arrays.copyOf(all, all.length - 1)));
        assertEquals(42, shortBytes.readLong());
        assertThrows(EOFException.class, () -> shortBytes.readBytes(100));
        Binary.In tooLong = new Binary.In(new ByteArrayInputStream(all));
        tooLong.readLong();
        assertThrows(IOException.class, () -> tooLong.readBytes(5), "a length beyond the bound is damage");
        Binary.In notBoolean = new Binary.In(new ByteArrayInputStream(new byte[] {9}));
        assertThrows(IOException.class, notBoolean::readBoolean);
        assertFalse(new Binary.In(new ByteArrayInputStream(all)).atEnd());
    }
}
