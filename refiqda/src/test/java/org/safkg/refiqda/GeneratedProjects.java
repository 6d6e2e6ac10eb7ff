package org.safkg.refiqda;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Projects written the way each tool writes them, for tests: a text with characters outside the BMP,
 * CRLF line ends and a non-ASCII letter, stored in a given encoding, with selections counted the tool's way.
 * Each knows the text every selection was meant to cover, independently of SAF-KG's reading.
 */
final class GeneratedProjects {
    /** Emoji and a musical symbol (two UTF-16 units each), CRLF, an accented letter. */
    static final String TEXT = "R\u00e9: \uD83D\uDE00 we trust them.\r\nDr \uD83D\uDE4F said: \"no trust\" \uD834\uDD1E ok\r\nEnd \uD83D\uDC4D";
    /** The spans coded, as text: each is found in TEXT (its first occurrence). */
    static final List<String> SPANS = List.of("trust", "\uD83D\uDE00 we", "them.\r\nDr", "\uD834\uDD1E ok", "\uD83D\uDC4D", "R\u00e9");

    /** A generated project: its file and, by selection GUID, the text each selection covers. */
    record Generated(Path file, Map<String, String> expected) {}

    private GeneratedProjects() {}

    /** The UTF-16LE, UTF-16BE and UTF-8 encodings with and without a BOM, by a short name. */
    static byte[] encode(String text, String encoding) {
        return switch (encoding) {
            case "utf8" -> text.getBytes(StandardCharsets.UTF_8);
            case "utf8-bom" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case "utf16le" -> text.getBytes(StandardCharsets.UTF_16LE);
            case "utf16le-bom" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case "utf16be" -> text.getBytes(StandardCharsets.UTF_16BE);
            case "utf16be-bom" -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
            default -> encodeWith(text, Charset.forName(encoding));
        };
    }

    private static byte[] encodeWith(String text, Charset cs) {
        ByteBuffer b = cs.encode(text);
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * A .qdpx as {@code origin} would write it: TEXT in {@code encoding}, every span of SPANS selected and
     * counted as {@code counts}, one code applied to each.
     */
    static Generated write(Path dir, String name, String origin, String encoding, OffsetMode counts) {
        StringBuilder sels = new StringBuilder();
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < SPANS.size(); i++) {
            String span = SPANS.get(i);
            int a = TEXT.indexOf(span), b = a + span.length();
            long start = counts == OffsetMode.UTF16 ? a : TEXT.codePointCount(0, a);
            long end = counts == OffsetMode.UTF16 ? b : TEXT.codePointCount(0, b);
            String guid = "cccccccc-0000-4000-8000-%012d".formatted(i + 1);
            expected.put(guid, span);
            sels.append("""
                      <PlainTextSelection guid="%s" startPosition="%d" endPosition="%d">
                        <Coding guid="dddddddd-0000-4000-8000-%012d"><CodeRef targetGUID="aaaaaaaa-0000-4000-8000-000000000001"/></Coding>
                      </PlainTextSelection>
                    """.formatted(guid, start, end, i + 1));
        }
        String qde = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="%s" origin="%s">
                  <CodeBook><Codes><Code guid="aaaaaaaa-0000-4000-8000-000000000001" name="trust" isCodable="true"/></Codes></CodeBook>
                  <Sources>
                    <TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="interview" plainTextPath="internal://t.txt">
                %s    </TextSource>
                  </Sources>
                </Project>
                """.formatted(name, origin, sels);
        Path f = TestFiles.zip(dir.resolve(name + ".qdpx"), TestFiles.entries("project.qde", qde, "sources/t.txt", encode(TEXT, encoding)));
        return new Generated(f, expected);
    }

    /** One project per tool convention: NVivo (UTF-16 units, UTF-16LE with BOM), QualCoder, ATLAS.ti and MAXQDA (code points). */
    static List<Generated> eachConvention(Path dir) {
        return List.of(
                write(dir, "nvivo-utf16le-bom", "NVivo 14 (Windows)", "utf16le-bom", OffsetMode.UTF16),
                write(dir, "qualcoder-utf8", "QualCoder 3.5", "utf8", OffsetMode.CODE_POINTS),
                write(dir, "atlasti-utf8-bom", "ATLAS.ti 23", "utf8-bom", OffsetMode.CODE_POINTS),
                write(dir, "maxqda-utf16be", "MAXQDA 2022", "utf16be", OffsetMode.CODE_POINTS));
    }
}
