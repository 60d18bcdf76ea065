package org.runmuscle.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's standard output, remembering the first write that failed. A {@code PrintWriter}
 * (and {@code System.out}) swallows the exception, so {@code runmuscle muscles > /dev/full} lost
 * its output and exited 0; {@link #failure} says why it failed, so that the command can.
 */
final class StandardOutput extends FilterOutputStream {
    private volatile IOException failure;

    StandardOutput(OutputStream out) {
        super(out);
    }

    /** The process's file descriptor 1, unbuffered: the writer above it buffers. */
    static StandardOutput open() {
        return new StandardOutput(new FileOutputStream(FileDescriptor.out));
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /**
     * The line to print when the output could not be written, or null when it was written, or
     * when only its reader went away ({@code runmuscle muscles | head -1}): a shell's own tools stop
     * quietly there too.
     */
    String failure() {
        IOException e = failure;
        if (e == null || String.valueOf(e.getMessage()).contains("Broken pipe")) {
            return null;
        }
        return "runmuscle: cannot write the output: " + e.getMessage();
    }
}
