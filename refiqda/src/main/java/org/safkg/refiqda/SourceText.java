package org.safkg.refiqda;

/**
 * A source's plain text with a BOM removed and its line ends kept as they are (CRLF counts as two
 * characters, as the tools count it), and a way to cut a span out of it by code points or UTF-16 units.
 */
public final class SourceText {
    private final String text;
    private final int[] cpToUtf16; // null when the text has no character outside the BMP: both counts agree

    public SourceText(String text) {
        String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        this.text = t;
        int cps = t.codePointCount(0, t.length());
        if (cps == t.length()) {
            cpToUtf16 = null;
        } else {
            cpToUtf16 = new int[cps + 1];
            int i = 0, cp = 0;
            while (i < t.length()) {
                cpToUtf16[cp++] = i;
                i += Character.charCount(t.codePointAt(i));
            }
            cpToUtf16[cp] = t.length();
        }
    }

    public String text() {
        return text;
    }

    /** Whether code points and UTF-16 units differ anywhere in this text. */
    public boolean hasAstralCharacters() {
        return cpToUtf16 != null;
    }

    /** The length in code points. */
    public long codePointLength() {
        return cpToUtf16 == null ? text.length() : cpToUtf16.length - 1;
    }

    /** The UTF-16 index of a position counted the given way, or -1 if it is not a place in the text. */
    public int utf16Index(long position, OffsetMode mode) {
        if (position < 0) return -1;
        if (mode == OffsetMode.UTF16 || cpToUtf16 == null) {
            if (position > text.length()) return -1;
            int i = (int) position;
            // an index between the two halves of a surrogate pair is not a place in the text
            if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) return -1;
            return i;
        }
        return position < cpToUtf16.length ? cpToUtf16[(int) position] : -1;
    }

    /** A code-point position counted the given way, or -1 if it is not a place in the text. */
    public long position(long codePoint, OffsetMode mode) {
        int i = utf16Index(codePoint, OffsetMode.CODE_POINTS);
        return i < 0 ? -1 : mode == OffsetMode.UTF16 ? i : codePoint;
    }

    /** The code-point position of a UTF-16 index. */
    public long codePoint(int utf16Index) {
        return text.codePointCount(0, utf16Index);
    }

    /** Whether a span fits this text when counted the given way. */
    public boolean fits(long start, long end, OffsetMode mode) {
        return start <= end && utf16Index(start, mode) >= 0 && utf16Index(end, mode) >= 0;
    }

    /** The text of a span counted the given way (the caller checked that it fits). */
    public String cut(long start, long end, OffsetMode mode) {
        return text.substring(utf16Index(start, mode), utf16Index(end, mode));
    }
}
