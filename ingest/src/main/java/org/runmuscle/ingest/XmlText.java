package org.runmuscle.ingest;

import java.util.Arrays;

/**
 * The text of the element being read, gathered from the parser's buffer and read in place by
 * {@link XmlTimes}. Not a {@link StringBuilder}: its {@code charAt} checks the builder's coder on
 * every character, which Flight Recorder sampled at 5 % of decoding and analysing every shared
 * recording (without {@code -XX:+DebugNonSafepoints}, so roughly); here it is an array load.
 */
final class XmlText implements CharSequence {
    private char[] chars = new char[64];
    private int length;

    void clear() {
        length = 0;
    }

    void append(char[] source, int start, int count) {
        if (length + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
        }
        System.arraycopy(source, start, chars, length, count);
        length += count;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
