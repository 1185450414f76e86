package checks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes a ZIP archive (stored entries, UTF-8 names) whose bytes are all valid UTF-8, so that it survives the check
 * API's text bodies unchanged: every binary field (CRC, sizes, offsets) is kept below 0x80 byte by byte, by padding a
 * file's content with trailing spaces (for its CRC) and the local headers with an ignored extra field (for offsets).
 * Entry names are written exactly as given: "../x", "..\\x", "/tmp/x" included.
 */
final class AsciiZip {

    private final Map<String, String> entries = new LinkedHashMap<>();

    /** A file entry; its content may gain trailing spaces. A name that ends with '/' is a folder entry. */
    AsciiZip add(String name, String content) {
        entries.put(name, content);
        return this;
    }

    private record Written(byte[] name, int crc, int size, int offset) {
    }

    /** The archive as text: its bytes decoded as UTF-8, which encode back to the same bytes. */
    String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Written> written = new ArrayList<>();
        List<Map.Entry<String, String>> list = new ArrayList<>(entries.entrySet());
        for (int i = 0; i < list.size(); i++) {
            byte[] name = list.get(i).getKey().getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            byte[] data = safeContent(list.get(i).getKey().endsWith("/") ? "" : list.get(i).getValue(), offset + 30 + name.length);
            int crc = crc(data);
            int base = 30 + name.length + data.length;
            int extra = 0;
            while (!safe(extra) || !safe(offset + base + extra)) {
                extra = extra == 0 ? 4 : extra + 1;
            }
            header(out, 0x04034b50, false);
            fields(out, crc, data.length, name.length, extra);
            out.writeBytes(name);
            for (int remaining = extra; remaining > 0; ) {   // fields of an id no reader knows, at most 104 bytes each
                int size = Math.min(remaining - 4, 100);
                if (remaining - 4 - size > 0 && remaining - 4 - size < 4) {
                    size -= 4;
                }
                short16(out, 0x4141);
                short16(out, size);
                out.writeBytes("A".repeat(size).getBytes(StandardCharsets.US_ASCII));
                remaining -= 4 + size;
            }
            out.writeBytes(data);
            written.add(new Written(name, crc, data.length, offset));
        }
        int directory = out.size();
        int[] comments = new int[written.size()];
        int plain = written.stream().mapToInt(entry -> 46 + entry.name().length).sum();
        if ((plain & 0xff) == 0x80 && written.size() > 1) {
            comments[0] = 1;   // a size with a low byte of 0x80 needs two comments to move off it
        }
        while (!safe(comments[comments.length - 1]) || !safe(plain + Arrays.stream(comments).sum())) {
            comments[comments.length - 1]++;
        }
        for (int i = 0; i < written.size(); i++) {
            Written entry = written.get(i);
            int comment = comments[i];
            header(out, 0x02014b50, true);
            fields(out, entry.crc(), entry.size(), entry.name().length, 0);
            short16(out, comment);
            short16(out, 0);   // disk
            short16(out, 0);   // internal attributes
            int32(out, 0);     // external attributes
            int32(out, entry.offset());
            out.writeBytes(entry.name());
            out.writeBytes("C".repeat(comment).getBytes(StandardCharsets.US_ASCII));
        }
        int directorySize = out.size() - directory;
        int32(out, 0x06054b50);
        short16(out, 0);
        short16(out, 0);
        short16(out, written.size());
        short16(out, written.size());
        int32(out, directorySize);
        int32(out, directory);
        short16(out, 0);
        byte[] zip = out.toByteArray();
        if (!Arrays.equals(new String(zip, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8), zip)) {
            throw new IllegalStateException("the archive is not valid UTF-8");
        }
        return zip;
    }

    /**
     * The content with as many trailing spaces as make its CRC and size safe, and its end (at {@code start} plus its
     * size) one that an extra field of a safe length can move to a safe offset: any but a low byte of 0x80.
     */
    private static byte[] safeContent(String content, int start) {
        String padded = content;
        while (!safe(crc(padded.getBytes(StandardCharsets.UTF_8))) || !safe(padded.getBytes(StandardCharsets.UTF_8).length)
                || ((start + padded.getBytes(StandardCharsets.UTF_8).length) & 0xff) == 0x80) {
            padded = padded + " ";
        }
        return padded.getBytes(StandardCharsets.UTF_8);
    }

    private static int crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return (int) crc.getValue();
    }

    /** Whether every byte of the little-endian int is below 0x80. */
    private static boolean safe(int value) {
        return (value & 0x80808080) == 0;
    }

    private static void header(ByteArrayOutputStream out, int signature, boolean central) {
        int32(out, signature);
        if (central) {
            short16(out, 20);   // version made by
        }
        short16(out, 20);       // version needed
        short16(out, 0x0800);   // names in UTF-8
        short16(out, 0);        // stored
        short16(out, 0);        // time 00:00
        short16(out, (44 << 9) | (1 << 5) | 1);   // 2024-01-01
    }

    private static void fields(ByteArrayOutputStream out, int crc, int size, int nameLength, int extraLength) {
        int32(out, crc);
        int32(out, size);
        int32(out, size);
        short16(out, nameLength);
        short16(out, extraLength);
    }

    private static void short16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xff);
        out.write((value >>> 8) & 0xff);
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        short16(out, value & 0xffff);
        short16(out, (value >>> 16) & 0xffff);
    }
}
