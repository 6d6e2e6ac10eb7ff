package org.safkg.refiqda;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds how a plain-text source is encoded and decodes it: UTF-8 with or without a BOM, UTF-16 LE or BE
 * with a BOM, or without one when the NUL bytes give it away (ASCII text in UTF-16 has a NUL in every other
 * byte, on the odd side in LE, the even side in BE). UTF-32 is recognised and refused, as is a text
 * whose encoding cannot be decided. A decoded text holding a control character other than tab, line feed
 * or carriage return (a NUL, most often: the sign of a wrong guess) is refused too, so that none reaches the graph.
 */
public final class SourceEncoding {
    private static final String NEITHER =
            "is neither UTF-8 nor UTF-16 with a byte order mark (perhaps Windows-1252 or Latin-1), so its characters cannot be told apart";

    private SourceEncoding() {}

    /** Why a source was refused: a sentence for the user. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** The text and the encoding it was read in (e.g. "UTF-16LE without BOM"). */
    public record Decoded(SourceText text, String encoding) {}

    public static Decoded decode(byte[] b) throws Refused {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF) || starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            throw new Refused("is UTF-32 (it starts with a UTF-32 byte order mark), which QDA tools do not write and SAF-KG does not read");
        }
        if (starts(b, 0xEF, 0xBB, 0xBF)) return strict(b, 3, StandardCharsets.UTF_8, "UTF-8 with BOM");
        if (starts(b, 0xFE, 0xFF)) return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE with BOM");
        if (starts(b, 0xFF, 0xFE)) return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE with BOM");
        int evenNuls = 0, oddNuls = 0;
        for (int i = 0; i < b.length; i++) if (b[i] == 0) { if (i % 2 == 0) evenNuls++; else oddNuls++; }
        if (evenNuls + oddNuls == 0) {
            if (!valid(b, StandardCharsets.UTF_8)) throw new Refused(NEITHER);
            return strict(b, 0, StandardCharsets.UTF_8, "UTF-8");
        }
        if (looksUtf32(b)) throw new Refused("looks like UTF-32 without a byte order mark (three NUL bytes in every four), which SAF-KG does not read");
        // UTF-16 without BOM: text in it has a NUL in many of its units (every ASCII letter, space or digit), all on one
        // side: the odd bytes in LE, the even ones in BE. A few stray NULs are no such pattern.
        int units = b.length / 2, least = Math.max(1, units / 8);
        if (b.length % 2 == 0 && oddNuls >= least && evenNuls * 4 <= oddNuls) {
            Decoded d = tryStrict(b, StandardCharsets.UTF_16LE, "UTF-16LE without BOM");
            if (d != null) return d;
        }
        if (b.length % 2 == 0 && evenNuls >= least && oddNuls * 4 <= evenNuls) {
            Decoded d = tryStrict(b, StandardCharsets.UTF_16BE, "UTF-16BE without BOM");
            if (d != null) return d;
        }
        if (evenNuls + oddNuls >= Math.max(1, b.length / 8)) {
            throw new Refused("holds " + (evenNuls + oddNuls) + " NUL bytes, as UTF-16 text does, but reads as neither UTF-16LE nor UTF-16BE"
                    + (b.length % 2 == 1 ? " (its length is odd)" : "") + ", so its encoding cannot be decided");
        }
        // a few NULs in what is otherwise UTF-8: say where the first one is
        if (!valid(b, StandardCharsets.UTF_8)) throw new Refused(NEITHER);
        return strict(b, 0, StandardCharsets.UTF_8, "UTF-8");
    }

    private static boolean valid(byte[] b, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Decoded tryStrict(byte[] b, Charset cs, String name) {
        try {
            return strict(b, 0, cs, name);
        } catch (Refused e) {
            return null;
        }
    }

    private static Decoded strict(byte[] b, int skip, Charset cs, String name) throws Refused {
        String s;
        try {
            s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("is not valid " + name + " (" + e.getMessage() + ")");
        }
        String control = firstControl(s);
        if (control != null) throw new Refused("read as " + name + ", " + control);
        return new Decoded(new SourceText(s), name);
    }

    /** Where the first control character other than tab, LF or CR is, as "holds U+0000 at line 1, column 2", or null. */
    public static String firstControl(String s) {
        int line = 1, col = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isForbiddenControl(c)) {
                return "holds the control character U+%04X at line %d, column %d of the text".formatted((int) c, line, col);
            }
            if (c == '\n') { line++; col = 1; } else col++;
        }
        return null;
    }

    /** C0 and C1 control characters and DEL, but tab, line feed and carriage return. */
    public static boolean isForbiddenControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean looksUtf32(byte[] b) {
        if (b.length < 4 || b.length % 4 != 0) return false;
        boolean le = true, be = true;
        for (int i = 0; i < b.length; i += 4) {
            le &= b[i + 2] == 0 && b[i + 3] == 0;
            be &= b[i] == 0 && b[i + 1] == 0;
        }
        return le || be;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
