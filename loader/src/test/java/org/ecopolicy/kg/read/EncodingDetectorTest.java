package org.ecopolicy.kg.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ecopolicy.kg.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingDetectorTest {

    @TempDir
    Path tmp;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void gbkCopyOfACorpusFileReadsBackIdenticalToTheUtf8Original() throws Exception {
        Path utf8 = TestCorpus.file("004");
        String expected = Files.readString(utf8, StandardCharsets.UTF_8);
        Charset gbk = Charset.forName("GBK");
        assertThat(gbk.newEncoder().canEncode(expected)).isTrue();
        Path copy = tmp.resolve(utf8.getFileName());
        Files.write(copy, expected.getBytes(gbk));

        Document doc = reader.read(copy);

        assertThat(doc.text().original()).isEqualTo(expected);
        assertThat(doc.text().charset()).isEqualTo("GB18030");
        assertThat(doc.metadata().title()).isEqualTo(reader.read(utf8).metadata().title());
    }

    @Test
    void gb18030CopyWithCharactersOutsideGbkReadsBackIdentical() throws Exception {
        Path utf8 = TestCorpus.file("002");
        String expected = Files.readString(utf8, StandardCharsets.UTF_8);
        // 002 writes O₃ and μg: characters GBK lacks but GB18030 encodes
        assertThat(Charset.forName("GBK").newEncoder().canEncode(expected)).isFalse();
        Path copy = tmp.resolve("002-gb18030.txt");
        Files.write(copy, expected.getBytes(Charset.forName("GB18030")));

        DecodedText decoded = EncodingDetector.read(copy);

        assertThat(decoded.text()).isEqualTo(expected);
        assertThat(decoded.charset()).isEqualTo("GB18030");
    }

    @Test
    void plainUtf8IsReportedAsUtf8() {
        assertThat(EncodingDetector.read(TestCorpus.file("001")).charset()).isEqualTo("UTF-8");
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws Exception {
        String text = "（一）加强组织领导。\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path file = tmp.resolve("bom.txt");
        Files.write(file, withBom);

        DecodedText decoded = EncodingDetector.read(file);

        assertThat(decoded.text()).isEqualTo(text).doesNotContain("\uFEFF");
        assertThat(decoded.charset()).isEqualTo("UTF-8");
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        String text = "呼和浩特市“十四五”生态环境保护规划\n";
        Path file = tmp.resolve("utf16.txt");
        Files.write(file, text.getBytes(StandardCharsets.UTF_16)); // big-endian with BOM

        DecodedText decoded = EncodingDetector.read(file);

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo("UTF-16BE");
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreRejectedNamingTheFile() throws Exception {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(tmp.resolve("blank.txt"), " \n\u3000\n\t", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(empty))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("empty.txt")
                .hasMessageContaining("empty file");
        assertThatThrownBy(() -> reader.read(blank))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("blank.txt")
                .hasMessageContaining("whitespace");
    }

    @Test
    void binaryFileIsRejectedNamingTheFile() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path file = Files.write(tmp.resolve("image.txt"), png);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file.toString() + ": ")
                .hasMessageContaining("binary");
    }

    @Test
    void truncatedUtf8IsRejectedWithTheLineOfTheCut() throws Exception {
        byte[] bytes = Files.readAllBytes(TestCorpus.file("004"));
        int cut = bytes.length / 2;
        while ((bytes[cut] & 0xFF) < 0xE0) { // move to the lead byte of a 3-byte character
            cut++;
        }
        int cutAt = cut;
        byte[] truncated = Arrays.copyOf(bytes, cutAt + 2);
        int expectedLine = EncodingDetector.lineOf(bytes, cutAt);
        Path file = Files.write(tmp.resolve("truncated.txt"), truncated);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(expectedLine).isGreaterThan(1);
                    assertThat(e.getMessage()).startsWith(file + ":" + expectedLine + ": ")
                            .contains("truncated UTF-8").contains("offset " + cutAt);
                });
    }

    @Test
    void corruptUtf8InTheMiddleIsRejectedNotMisreadAsGbk() throws Exception {
        byte[] bytes = Files.readAllBytes(TestCorpus.file("000"));
        int at = bytes.length / 3;
        while ((bytes[at] & 0xFF) < 0xE0) {
            at++;
        }
        bytes[at + 1] = (byte) 0x41; // break the continuation byte of a CJK character
        Path file = Files.write(tmp.resolve("corrupt.txt"), bytes);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("corrupt.txt:" + EncodingDetector.lineOf(bytes, at) + ": ")
                .hasMessageContaining("invalid UTF-8");
    }
}
