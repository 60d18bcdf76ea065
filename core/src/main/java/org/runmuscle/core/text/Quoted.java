package org.runmuscle.core.text;

/**
 * What someone typed, quoted for a one-line message: a line break or another control character
 * shown as an escape, and anything past {@link #SHOWN} characters cut, with its length said. A
 * refusal that echoed a 100,000-character name whole was a 100 KB line; one that echoed a line
 * break was two lines.
 */
public final class Quoted {
    /** Longer than any name, id or value a runner types on purpose. */
    static final int SHOWN = 60;

    private Quoted() {}

    /**
     * {@code 'text'}, escaped, and cut with {@code … (N characters)} when longer than {@link #SHOWN};
     * {@code ''} for null, a value not given at all (a JSON body without the field).
     */
    public static String of(String text) {
        if (text == null) {
            return "''";
        }
        int length = text.length();
        String shown = length > SHOWN ? text.substring(0, SHOWN) : text;
        StringBuilder quoted = new StringBuilder(shown.length() + 24).append('\'');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        String hex = Integer.toHexString(c);
                        quoted.append("\\u")
                                .append("0".repeat(4 - hex.length()))
                                .append(hex);
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        quoted.append(length > SHOWN ? "…'" : "'");
        if (length > SHOWN) {
            quoted.append(" (").append(length).append(" characters)");
        }
        return quoted.toString();
    }
}
