package org.safkg.problems;

/** A user's value as an error message shows it: quoted, cut to a readable length, every invisible character spelled U+XXXX. */
public final class ShownValue {
    /** Longer values are cut: a message is one line, and a 10 MB cell must not become a 10 MB message. */
    static final int MAX_SHOWN = 80;

    private ShownValue() {
    }

    /** The value in double quotes, invisible and control characters escaped, cut after {@value #MAX_SHOWN} characters. */
    public static String quoted(String value) {
        StringBuilder b = new StringBuilder("\"");
        int shown = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (shown == MAX_SHOWN) {
                b.append("…\" (").append(value.codePointCount(0, value.length())).append(" characters)");
                return b.toString();
            }
            if (invisible(cp)) {
                b.append(String.format("U+%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
            shown++;
            i += Character.charCount(cp);
        }
        return b.append('"').toString();
    }

    /** Whether the character cannot be seen in an editor or a terminal: controls, format characters, spaces other than ' '. */
    public static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || (Character.isSpaceChar(cp) && cp != ' ') || cp == 0xFEFF;
    }
}
