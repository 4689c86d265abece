package org.ecopolicy.kg.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides how a text file is encoded without guessing: a BOM names UTF-8 or UTF-16; otherwise the
 * bytes must decode strictly (REPORT on any malformed input) as UTF-8 or, failing that, as
 * GB18030 (a superset of GBK and GB2312, the encodings Chinese government sites use). Binary,
 * empty and whitespace-only files, and UTF-8 that is broken or cut off, are rejected with an
 * {@link InputException} naming the file and, where it helps, the line.
 */
public final class EncodingDetector {

    /** Files above this size are refused rather than read into memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");
    /**
     * Real GBK text almost never forms this many valid UTF-8 multi-byte sequences before the first
     * invalid one, so such a file is damaged UTF-8, not GBK to be decoded as garbage.
     */
    private static final int UTF8_EVIDENCE = 16;

    private EncodingDetector() {
    }

    public static DecodedText read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(file, 0, "file too large (" + size + " bytes, limit " + MAX_BYTES + ")");
            }
            return decode(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read file: " + e.getMessage(), e);
        }
    }

    /** Decodes {@code bytes}, which came from {@code file} (used only in error messages). */
    public static DecodedText decode(Path file, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InputException(file, 0, "empty file");
        }
        DecodedText decoded = decodeBytes(file, bytes);
        if (decoded.text().isBlank()) {
            throw new InputException(file, 0, "file holds only whitespace, no text");
        }
        return decoded;
    }

    private static DecodedText decodeBytes(Path file, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(file, bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(file, bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(file, bytes, 2, StandardCharsets.UTF_16LE);
        }
        rejectBinary(file, bytes);
        Failure utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.text != null) {
            return new DecodedText(utf8.text, "UTF-8");
        }
        if (isTruncatedUtf8(bytes, utf8.offset) || multiByteSequencesBefore(bytes, utf8.offset) >= UTF8_EVIDENCE) {
            throw utf8Error(file, bytes, utf8.offset);
        }
        Failure gb = tryDecode(bytes, 0, GB18030);
        if (gb.text != null) {
            return new DecodedText(gb.text, "GB18030");
        }
        throw new InputException(file, lineOf(bytes, utf8.offset),
                "not valid UTF-8 (bad byte at offset " + utf8.offset + ") nor GB18030/GBK (bad byte at offset "
                        + gb.offset + ", line " + lineOf(bytes, gb.offset) + ")");
    }

    private static DecodedText strict(Path file, byte[] bytes, int skip, Charset charset) {
        Failure result = tryDecode(bytes, skip, charset);
        if (result.text == null) {
            int line = charset.equals(StandardCharsets.UTF_8) ? lineOf(bytes, result.offset) : 0;
            throw new InputException(file, line,
                    "invalid " + charset.name() + " at byte offset " + result.offset + " despite its byte-order mark");
        }
        return new DecodedText(result.text, charset.name());
    }

    private static InputException utf8Error(Path file, byte[] bytes, int offset) {
        String what = isTruncatedUtf8(bytes, offset) ? "truncated UTF-8: the file ends inside a character"
                : "invalid UTF-8 byte sequence";
        return new InputException(file, lineOf(bytes, offset), what + " at byte offset " + offset);
    }

    /** NUL bytes or many control characters mean this is not a text file. */
    private static void rejectBinary(Path file, byte[] bytes) {
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new InputException(file, 0, "binary file (NUL byte at offset " + i + "), expected text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1A) {
                controls++;
            }
        }
        if (controls > bytes.length / 100) {
            throw new InputException(file, 0, "binary file (" + controls + " control bytes), expected text");
        }
    }

    private record Failure(String text, int offset) {
    }

    private static Failure tryDecode(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Failure(null, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return new Failure(null, in.position());
        }
        out.flip();
        return new Failure(out.toString(), -1);
    }

    /** The bytes from {@code offset} to the end are the start of a UTF-8 sequence cut short. */
    private static boolean isTruncatedUtf8(byte[] bytes, int offset) {
        if (offset < 0 || offset >= bytes.length) {
            return false;
        }
        int lead = bytes[offset] & 0xFF;
        int expected = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
        int remaining = bytes.length - offset;
        if (expected == 0 || lead > 0xF4 || remaining >= expected) {
            return false;
        }
        for (int i = offset + 1; i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int multiByteSequencesBefore(byte[] bytes, int offset) {
        int count = 0;
        for (int i = 0; i < offset; i++) {
            if ((bytes[i] & 0xFF) >= 0xC2) {
                count++;
            }
        }
        return count;
    }

    /** 1-based line holding the byte at {@code offset}. */
    static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
